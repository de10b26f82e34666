using ChildProtection.Contracts.Police;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Inbox;
using ChildProtection.EventStore.Storage;
using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults;
using ChildProtection.Jurisdictions;
using MassTransit;

namespace ChildProtection.Reporting.Consumers;

/// <summary>
/// The police case's outcome becomes the outcome of the report's police routing, which starts the feedback clock. The
/// police's summary stays with the departments; the reporter is only ever told a fixed sentence (<see cref="ReporterMessages"/>).
/// </summary>
public sealed class PoliceCaseOutcomeConsumer(MessageInbox inbox, PostgresEventStore store, PolicyPacks packs) : IdempotentConsumer<PoliceCaseOutcomeRecorded>(inbox)
{
    protected override string ConsumerName => "reporting-police-case-outcome";

    protected override async Task HandleAsync(ConsumeContext<PoliceCaseOutcomeRecorded> context, InboxMark mark)
    {
        var m = context.Message;
        if (m.ReportId is not { } reportId) return;
        var ct = context.CancellationToken;
        var (state, version) = await store.AggregateStreamAsync<Report?>(reportId, null, Report.Evolve, ct);
        if (state is null) throw new DomainRejectionException("report-not-found", "The police outcome names a report this service does not hold.");
        var routingId = m.RoutingId ?? state.Routings.LastOrDefault(r => r.Department == "police")?.Id
            ?? throw new DomainRejectionException("no-police-routing", "The report was not routed to the police.");
        var outcome = string.IsNullOrWhiteSpace(m.Outcome) ? "other" : m.Outcome.Trim();
        var summary = (m.Summary ?? "").Trim();
        var decision = ReportDecisions.RecordOutcome(state, routingId, outcome.Length > 60 ? outcome[..60] : outcome,
            summary.Length > 500 ? summary[..500] : summary, m.CaseId, m.RecordedAt, "police", packs.Resolve(state.RegionCode).MandatoryReporting, byPolice: true);
        if (decision is Decision.Rejected rejected) throw new DomainRejectionException(rejected.Code, rejected.Reason);
        var events = ((Decision.Accepted)decision).Events;
        if (events.Count > 0)
            await store.AppendAsync(reportId, ReportEventTypes.StreamType, version, events, ConsumerMetadata.For(context), new AppendOptions(Inbox: mark), ct);
    }
}

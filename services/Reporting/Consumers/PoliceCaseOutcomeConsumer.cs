using ChildProtection.Contracts.Police;
using ChildProtection.Jurisdictions;
using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Inbox;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using ChildProtection.ServiceDefaults.Time;
using Marten;
using MassTransit;

namespace ChildProtection.Reporting.Consumers;

/// <summary>
/// The police case's outcome becomes the outcome of the report's police routing, which starts the feedback clock. The
/// police's summary stays with the departments; the reporter is only ever told a fixed sentence (<see cref="ReporterMessages"/>).
/// </summary>
public sealed class PoliceCaseOutcomeConsumer(IDocumentStore store, TimeProvider clock, PolicyPacks packs)
    : IdempotentConsumer<PoliceCaseOutcomeRecorded>(store, clock)
{
    protected override string ConsumerName => "reporting-police-case-outcome";

    protected override async Task HandleAsync(ConsumeContext<PoliceCaseOutcomeRecorded> context, IDocumentSession session)
    {
        var m = context.Message;
        if (m.ReportId is not { } reportId) return;
        var report = await session.FetchForWritingAsync<Report>(reportId, Report.Evolve, context.CancellationToken);
        if (report.State is not { } state) throw new DomainRejectionException("report-not-found", "The police outcome names a report this service does not hold.");
        var outcome = string.IsNullOrWhiteSpace(m.Outcome) ? "other" : m.Outcome.Trim();
        var summary = (m.Summary ?? "").Trim();
        var command = new RecordPoliceCaseOutcome(m.RoutingId, m.CaseId, outcome.Length > 60 ? outcome[..60] : outcome,
            summary.Length > 500 ? summary[..500] : summary, packs.Resolve(state.RegionCode).MandatoryReporting, new Moment(m.RecordedAt, ChinaDate.On(m.RecordedAt)));
        switch (RecordPoliceCaseOutcome.Decide(command, state))
        {
            case Decision.Rejected rejected:
                throw new DomainRejectionException(rejected.Code, rejected.Reason);
            case Decision.Accepted accepted:
                report.Append(accepted.Events);
                break;
        }
    }
}

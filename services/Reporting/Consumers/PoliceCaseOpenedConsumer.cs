using ChildProtection.Contracts.Police;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Inbox;
using ChildProtection.EventStore.Outbox;
using ChildProtection.EventStore.Storage;
using ChildProtection.Reporting.Failures;
using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults;
using ChildProtection.Jurisdictions;
using MassTransit;
using Npgsql;

namespace ChildProtection.Reporting.Consumers;

/// <summary>
/// A police case opened from a report is a handling step of the report's police routing. A case opened with no report
/// about a registry child, when no report about the child was filed within the pack's look-back, is recorded for the
/// accountability view: harm became known, and no unit had reported it.
/// </summary>
public sealed class PoliceCaseOpenedConsumer(MessageInbox inbox, PostgresEventStore store, NpgsqlDataSource db, PolicyPacks packs)
    : IdempotentConsumer<PoliceCaseOpened>(inbox)
{
    protected override string ConsumerName => "reporting-police-case-opened";

    protected override async Task HandleAsync(ConsumeContext<PoliceCaseOpened> context, InboxMark mark)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        if (m.ReportId is { } reportId)
        {
            var (state, version) = await store.AggregateStreamAsync<Report?>(reportId, null, Report.Evolve, ct);
            if (state is null) throw new DomainRejectionException("report-not-found", "The police case names a report this service does not hold.");
            var routingId = m.RoutingId ?? state.Routings.LastOrDefault(r => r.Department == "police")?.Id
                ?? throw new DomainRejectionException("no-police-routing", "The report was not routed to the police.");
            var decision = ReportDecisions.RecordStep(state, routingId, DeterministicGuid.ForMessage(m.CaseId, 0x5354), "case-opened",
                $"Police case opened ({m.CaseKind}).", m.CaseId, m.OpenedAt, "police", byPolice: true);
            if (decision is Decision.Rejected rejected) throw new DomainRejectionException(rejected.Code, rejected.Reason);
            var events = ((Decision.Accepted)decision).Events;
            if (events.Count > 0)
                await store.AppendAsync(reportId, ReportEventTypes.StreamType, version, events, ConsumerMetadata.For(context), new AppendOptions(Inbox: mark), ct);
            return;
        }
        if (m.ChildId is not { } childId || !RegionCodes.IsValidPrefix(m.RegionCode)) return;

        var lookback = packs.Resolve(m.RegionCode).MandatoryReporting.UnreportedLookbackDays;
        await using var cmd = db.CreateCommand("SELECT EXISTS (SELECT 1 FROM reporting.reports WHERE child_id = @child AND filed_at >= @since AND filed_at <= @until)");
        cmd.Parameters.AddWithValue("child", childId);
        cmd.Parameters.AddWithValue("since", m.OpenedAt.AddDays(-lookback).ToUniversalTime());
        cmd.Parameters.AddWithValue("until", m.OpenedAt.ToUniversalTime());
        if (await cmd.ExecuteScalarAsync(ct) is true) return;

        var record = new FailureToReportRecorded(DeterministicGuid.ForMessage(m.CaseId, 0x4654), childId, m.RegionCode, "unidentified", null, "police-case",
            m.CaseId, m.OpenedAt, $"A police case ({m.CaseKind}) about the child was opened with no mandatory report filed in the {lookback} days before.",
            m.OpenedAt, "system");
        try
        {
            await store.StartStreamAsync(record.RecordId, FailureEventTypes.StreamType, [record], ConsumerMetadata.For(context), new AppendOptions(Inbox: mark), ct);
        }
        catch (ChildProtection.EventStore.ConcurrencyException)
        {
            // Already recorded for this case.
        }
    }
}

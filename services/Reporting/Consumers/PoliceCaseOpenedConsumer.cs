using ChildProtection.Contracts.Police;
using ChildProtection.Jurisdictions;
using ChildProtection.Reporting.Failures;
using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Inbox;
using ChildProtection.ServiceDefaults.EventSourcing.Outbox;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using ChildProtection.ServiceDefaults.Time;
using Marten;
using MassTransit;
using Npgsql;

namespace ChildProtection.Reporting.Consumers;

/// <summary>
/// A police case opened from a report is a handling step of the report's police routing. A case opened with no report
/// about a registry child, when no report about the child was filed within the pack's look-back, is recorded for the
/// accountability view: harm became known, and no unit had reported it.
/// </summary>
public sealed class PoliceCaseOpenedConsumer(IDocumentStore store, TimeProvider clock, NpgsqlDataSource db, ServiceSchema schema, PolicyPacks packs)
    : IdempotentConsumer<PoliceCaseOpened>(store, clock)
{
    protected override string ConsumerName => "reporting-police-case-opened";

    /// <summary>The failure-to-report record a police case with no report leads to.</summary>
    public static Guid RecordIdFor(Guid caseId) => DeterministicGuid.ForMessage(caseId, 0x4654);

    protected override async Task HandleAsync(ConsumeContext<PoliceCaseOpened> context, IDocumentSession session)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        var at = new Moment(m.OpenedAt, ChinaDate.On(m.OpenedAt));
        if (m.ReportId is { } reportId)
        {
            var report = await session.FetchForWritingAsync<Report>(reportId, Report.Evolve, ct);
            if (report.State is not { } state) throw new DomainRejectionException("report-not-found", "The police case names a report this service does not hold.");
            switch (RecordPoliceCaseOpened.Decide(new RecordPoliceCaseOpened(m.RoutingId, m.CaseId, m.CaseKind, at), state))
            {
                case Decision.Rejected rejected:
                    throw new DomainRejectionException(rejected.Code, rejected.Reason);
                case Decision.Accepted accepted:
                    report.Append(accepted.Events);
                    break;
            }
            return;
        }
        if (m.ChildId is not { } childId || !RegionCodes.IsValidPrefix(m.RegionCode)) return;

        var lookback = packs.Resolve(m.RegionCode).MandatoryReporting.UnreportedLookbackDays;
        await using var cmd = db.CreateCommand(
            $"SELECT EXISTS (SELECT 1 FROM {schema.Table("reports")} WHERE child_id = @child AND filed_at >= @since AND filed_at <= @until)");
        cmd.Parameters.AddWithValue("child", childId);
        cmd.Parameters.AddWithValue("since", m.OpenedAt.AddDays(-lookback).ToUniversalTime());
        cmd.Parameters.AddWithValue("until", m.OpenedAt.ToUniversalTime());
        if (await cmd.ExecuteScalarAsync(ct) is true) return;

        var recordId = RecordIdFor(m.CaseId);
        // Already recorded for this case.
        if (await session.Events.FetchStreamStateAsync(recordId, ct) is not null) return;
        var record = new RecordFailureToReport(recordId, childId, m.RegionCode, "unidentified", null, "police-case", m.CaseId, m.OpenedAt,
            $"A police case ({m.CaseKind}) about the child was opened with no mandatory report filed in the {lookback} days before.", "system", at);
        if (RecordFailureToReport.Decide(record, null) is Decision.Accepted recorded) session.Events.StartStream(recordId, recorded.Events);
    }
}

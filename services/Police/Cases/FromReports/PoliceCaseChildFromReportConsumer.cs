using ChildProtection.Contracts.Reporting;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Inbox;
using ChildProtection.EventStore.Storage;
using ChildProtection.Police.Cases.Changing;
using MassTransit;
using Npgsql;

namespace ChildProtection.Police.Cases.FromReports;

/// <summary>
/// A report about a child the registry did not know was matched to the registry child later (Reporting publishes
/// <see cref="ReportFiled"/> then): the open police cases opened from that report without a child now name it, so the
/// instruments issued from then on reach the child's file. A case that already names a child, or is closed, is left as
/// it is. On first filing the message arrives before any acceptance, so there is no case yet and nothing to do.
/// </summary>
public sealed class PoliceCaseChildFromReportConsumer(MessageInbox inbox, PostgresEventStore store, NpgsqlDataSource db, TimeProvider clock,
    ILogger<PoliceCaseChildFromReportConsumer> log) : IdempotentConsumer<ReportFiled>(inbox)
{
    protected override string ConsumerName => "police-case-child-from-report";

    protected override async Task HandleAsync(ConsumeContext<ReportFiled> context, InboxMark mark)
    {
        var report = context.Message;
        var cases = await CasesWithoutChildAsync(report.ReportId, context.CancellationToken);
        var metadata = EventMetadata.ForSystem(context.CorrelationId?.ToString("N")) with { CausationId = context.MessageId?.ToString() };
        foreach (var (caseId, i) in cases.Select((c, i) => (c, i)))
        {
            var (state, version) = await store.AggregateStreamAsync<PoliceCase?>(caseId, null, PoliceCase.Evolve, context.CancellationToken);
            if (state is null) continue;
            var command = new IdentifyChild(report.ChildId, clock.GetUtcNow(), "reporting");
            if (IdentifyChild.Decide(command, state) is not Decision.Accepted { Events.Count: > 0 } accepted) continue;
            // The last case's append carries the inbox mark; a redelivery after a crash in between finds the earlier ones named.
            await store.AppendAsync(caseId, CaseEventTypes.StreamType, version, accepted.Events, metadata,
                i == cases.Count - 1 ? new AppendOptions(Inbox: mark) : null, context.CancellationToken);
            log.LogInformation("Police case {CaseId} now names the child of report {ReportId}", caseId, report.ReportId);
        }
    }

    private async Task<List<Guid>> CasesWithoutChildAsync(Guid reportId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"SELECT id FROM {store.Schema}.cases WHERE report_id = @r AND child_id IS NULL ORDER BY opened_at");
        cmd.Parameters.AddWithValue("r", reportId);
        var ids = new List<Guid>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetGuid(0));
        return ids;
    }
}

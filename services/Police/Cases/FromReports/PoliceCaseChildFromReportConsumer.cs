using ChildProtection.Contracts.Reporting;
using ChildProtection.Police.Cases.Changing;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Inbox;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using Marten;
using MassTransit;
using Npgsql;

namespace ChildProtection.Police.Cases.FromReports;

/// <summary>
/// A report about a child the registry did not know was matched to the registry child later (Reporting publishes
/// <see cref="ReportFiled"/> then): the open police cases opened from that report without a child now name it, so the
/// instruments issued from then on reach the child's file. A case that already names a child, or is closed, is left as
/// it is. On first filing the message arrives before any acceptance, so there is no case yet and nothing to do. Every
/// case the report opened is named in the one session that also saves the inbox mark.
/// </summary>
public sealed class PoliceCaseChildFromReportConsumer(IDocumentStore store, NpgsqlDataSource db, ServiceSchema schema, TimeProvider clock,
    ILogger<PoliceCaseChildFromReportConsumer> log) : IdempotentConsumer<ReportFiled>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override string ConsumerName => "police-case-child-from-report";

    protected override async Task HandleAsync(ConsumeContext<ReportFiled> context, IDocumentSession session)
    {
        var report = context.Message;
        var ct = context.CancellationToken;
        foreach (var caseId in await CasesWithoutChildAsync(report.ReportId, ct))
        {
            var stream = await session.FetchForWritingAsync<PoliceCase>(caseId, PoliceCase.Evolve, ct);
            if (stream.State is null
                || IdentifyChild.Decide(new IdentifyChild(report.ChildId, "reporting", Moment.Of(_clock)), stream.State)
                    is not Decision.Accepted { Events.Count: > 0 } accepted) continue;
            stream.Append(accepted.Events);
            log.LogInformation("Police case {CaseId} now names the child of report {ReportId}", caseId, report.ReportId);
        }
    }

    private async Task<List<Guid>> CasesWithoutChildAsync(Guid reportId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"SELECT id FROM {schema.Table("cases")} WHERE report_id = @r AND child_id IS NULL ORDER BY opened_at");
        cmd.Parameters.AddWithValue("r", reportId);
        var ids = new List<Guid>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetGuid(0));
        return ids;
    }
}

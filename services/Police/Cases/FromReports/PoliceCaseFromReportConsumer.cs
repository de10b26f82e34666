using ChildProtection.Contracts.Reporting;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Inbox;
using ChildProtection.EventStore.Storage;
using ChildProtection.ServiceDefaults;
using MassTransit;
using Npgsql;

namespace ChildProtection.Police.Cases.FromReports;

/// <summary>
/// The police accepted a mandatory report (警情受理): open a case linked to the report and its routing, pending the
/// officer's review (administrative or criminal). Idempotent twice over: the inbox skips a redelivered message, and a
/// routing that already has a case opens no second one.
/// </summary>
public sealed class PoliceCaseFromReportConsumer(MessageInbox inbox, PostgresEventStore store, NpgsqlDataSource db,
    ILogger<PoliceCaseFromReportConsumer> log) : IdempotentConsumer<MandatoryReportAccepted>(inbox)
{
    protected override string ConsumerName => "police-case-from-report";

    protected override async Task HandleAsync(ConsumeContext<MandatoryReportAccepted> context, InboxMark mark)
    {
        var report = context.Message;
        if (report.Department != Departments.Police) return;
        if (!RegionCodes.IsValidPrefix(report.RegionCode) || report.RegionCode.Length < 6)
            throw new DomainRejectionException("invalid-region", "A mandatory report routed to the police needs a county, township or village code.");
        if (await CaseExistsForAsync(report.RoutingId, context.CancellationToken))
        {
            log.LogInformation("Routing {RoutingId} already has a police case", report.RoutingId);
            return;
        }

        var caseId = Guid.CreateVersion7();
        var opened = new CaseOpened(caseId, CaseSources.MandatoryReport, report.ReportId, report.RoutingId, report.ChildId, report.RegionCode,
            CaseKinds.PendingReview, report.Situations, report.Urgency, null, report.AcceptedAt, report.AcceptedBy);
        var metadata = EventMetadata.ForSystem(context.CorrelationId?.ToString("N")) with { CausationId = context.MessageId?.ToString() };
        await store.StartStreamAsync(caseId, CaseEventTypes.StreamType, [opened], metadata, new AppendOptions(Inbox: mark), context.CancellationToken);
        log.LogInformation("Police case {CaseId} opened from report {ReportId}", caseId, report.ReportId);
    }

    private async Task<bool> CaseExistsForAsync(Guid routingId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"SELECT EXISTS (SELECT 1 FROM {store.Schema}.cases WHERE routing_id = @r)");
        cmd.Parameters.AddWithValue("r", routingId);
        return await cmd.ExecuteScalarAsync(ct) is true;
    }
}

using ChildProtection.Contracts.Reporting;
using ChildProtection.Police.Cases.Opening;
using ChildProtection.Police.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Inbox;
using ChildProtection.ServiceDefaults.EventSourcing.Outbox;
using Marten;
using MassTransit;

namespace ChildProtection.Police.Cases.FromReports;

/// <summary>
/// The police accepted a mandatory report (警情受理): open a case linked to the report and its routing, pending the
/// officer's review (administrative or criminal). Idempotent twice over: the inbox skips a redelivered message, and the
/// case id is derived from the routing, so a routing that already has a case opens no second one.
/// </summary>
public sealed class PoliceCaseFromReportConsumer(IDocumentStore store, TimeProvider clock, ILogger<PoliceCaseFromReportConsumer> log)
    : IdempotentConsumer<MandatoryReportAccepted>(store, clock)
{
    protected override string ConsumerName => "police-case-from-report";

    /// <summary>The case a routing of a mandatory report to the police opens.</summary>
    public static Guid CaseIdFor(Guid routingId) => DeterministicGuid.ForMessage(routingId, 1);

    protected override async Task HandleAsync(ConsumeContext<MandatoryReportAccepted> context, IDocumentSession session)
    {
        var report = context.Message;
        if (report.Department != Departments.Police) return;
        if (!RegionCodes.IsValidPrefix(report.RegionCode) || report.RegionCode.Length < 6)
            throw new DomainRejectionException("invalid-region", "A mandatory report routed to the police needs a county, township or village code.");
        var caseId = CaseIdFor(report.RoutingId);
        if (await session.Events.FetchStreamStateAsync(caseId, context.CancellationToken) is not null)
        {
            log.LogInformation("Routing {RoutingId} already has a police case", report.RoutingId);
            return;
        }

        var open = new OpenCase(caseId, CaseSources.MandatoryReport, report.ReportId, report.RoutingId, report.ChildId, report.RegionCode,
            CaseKinds.PendingReview, report.Situations, report.Urgency, null, report.AcceptedBy,
            new Moment(report.AcceptedAt, ChinaDate.On(report.AcceptedAt)));
        if (OpenCase.Decide(open, null) is not Decision.Accepted accepted) return;
        session.Events.StartStream(caseId, accepted.Events);
        log.LogInformation("Police case {CaseId} opened from report {ReportId}", caseId, report.ReportId);
    }
}

using ChildProtection.EventStore;
using ChildProtection.EventStore.Outbox;
using ChildProtection.Reporting.Routing;
using ChildProtection.Jurisdictions;

namespace ChildProtection.Reporting.Reports;

/// <summary>An earlier report about the same child within the duplicate window, and its situations.</summary>
public sealed record EarlierReport(Guid ReportId, IReadOnlyList<string> Situations);

/// <summary>File a report: record it, link it to earlier reports about the same child and situation, route it.</summary>
public sealed record FileReport(Guid ReportId, string ReceiptNumber, string SecretHash, string Channel, Reporter Reporter, ReportedChild Child,
    IReadOnlyList<string> Situations, string Observation, DateTimeOffset ObservedAt, string Urgency, Guid? SourceVisitId,
    IReadOnlyList<EarlierReport> Earlier, DateTimeOffset Now, string By);

/// <summary>
/// The report's decisions, pure: given the state, the command and the region's policy, the events or a rejection.
/// Routing ids derive from the report id (and a transferred routing's from its predecessor), so deciding twice
/// yields the same events.
/// </summary>
public static class ReportDecisions
{
    public static Decision File(Report? state, FileReport c, MandatoryReportingPolicy policy)
    {
        if (state is not null) return Decision.Reject("report-already-filed", "This report is already filed.");
        var events = new List<object>
        {
            new ReportFiled(c.ReportId, c.ReceiptNumber, c.SecretHash, c.Channel, c.Reporter, c.Child, c.Situations, c.Observation,
                c.ObservedAt, c.Urgency, c.SourceVisitId, c.Now, c.By),
        };
        foreach (var earlier in c.Earlier.Where(e => e.ReportId != c.ReportId))
        {
            var common = earlier.Situations.Intersect(c.Situations, StringComparer.Ordinal).ToList();
            if (common.Count > 0) events.Add(new DuplicateLinked(c.ReportId, earlier.ReportId, common, c.Now));
        }
        var departments = RoutingRules.DepartmentsFor(c.Situations, policy);
        for (var i = 0; i < departments.Count; i++)
            events.Add(new ReportRouted(c.ReportId, DeterministicGuid.ForMessage(c.ReportId, i + 1), departments[i], c.Child.RegionCode,
                c.Child.ChildId, c.Situations, c.Urgency, c.Now.AddHours(policy.AcceptWithinHours), null, c.Now));
        return Decision.Accept([.. events]);
    }

    /// <summary>
    /// Match the report's provisional child to registry child <paramref name="childId"/> (already checked with Registry).
    /// Linking again to the same child changes nothing; a report already about another registry child is refused.
    /// </summary>
    public static Decision LinkChild(Report state, Guid childId, DateTimeOffset now, string by)
    {
        var f = state.Filed;
        if (f.Child.ChildId == childId) return Decision.Accept();
        if (f.Child.ChildId is not null)
            return Decision.Reject("child-already-matched", "The report is already about another registry child; it cannot be moved to a second one.");
        if (f.Child.Provisional is not { } provisional)
            return Decision.Reject("no-provisional-child", "The report names no provisional child to match.");
        return Decision.Accept(new ProvisionalChildLinked(f.ReportId, provisional.ProvisionalId, childId, f.Child.RegionCode, f.Channel,
            f.Situations, f.Urgency, f.ObservedAt, f.FiledAt, now, by));
    }

    public static Decision Accept(Report state, Guid routingId, DateTimeOffset now, string by, MandatoryReportingPolicy policy)
    {
        if (state.RoutingOf(routingId) is not { } r) return NoRouting;
        if (r.Status != RoutingStatus.AwaitingAcceptance) return Decision.Reject("routing-not-awaiting-acceptance", $"The routing is {Name(r.Status)}, not awaiting acceptance.");
        var f = state.Filed;
        return Decision.Accept(new RoutingAccepted(state.Id, r.Id, r.Department, r.RegionCode, f.Child.ChildId, f.Situations, f.Urgency, f.ObservedAt,
            now.AddDays(policy.OutcomeWithinDays), now, by));
    }

    public static Decision Transfer(Report state, Guid routingId, string toDepartment, string reason, DateTimeOffset now, string by, MandatoryReportingPolicy policy)
    {
        if (state.RoutingOf(routingId) is not { } r) return NoRouting;
        if (r.Status is not (RoutingStatus.AwaitingAcceptance or RoutingStatus.Accepted))
            return Decision.Reject("routing-not-transferable", $"The routing is {Name(r.Status)}; only a routing awaiting acceptance or being handled can be transferred.");
        if (toDepartment == r.Department) return Decision.Reject("transfer-to-same-department", "A routing cannot be transferred to its own department.");
        if (state.Routings.Any(o => o.IsOpen && o.Department == toDepartment))
            return Decision.Reject("department-already-has-report", $"The report is already open in the {toDepartment} inbox.");
        var newId = DeterministicGuid.ForMessage(r.Id, 1);
        return Decision.Accept(
            new RoutingTransferred(state.Id, r.Id, r.Department, r.RegionCode, toDepartment, newId, reason, now, by),
            new ReportRouted(state.Id, newId, toDepartment, r.RegionCode, state.Filed.Child.ChildId, state.Filed.Situations, state.Filed.Urgency, now.AddHours(policy.AcceptWithinHours), r.Id, now));
    }

    /// <param name="byPolice">A step reported by the police case itself (accepted even before the routing's acceptance arrived).</param>
    public static Decision RecordStep(Report state, Guid routingId, Guid stepId, string kind, string note, Guid? policeCaseId, DateTimeOffset now, string by,
        bool byPolice = false)
    {
        if (state.RoutingOf(routingId) is not { } r) return NoRouting;
        if (r.Steps.Any(s => s.StepId == stepId)) return Decision.Accept();
        var allowed = r.Status == RoutingStatus.Accepted || (byPolice && r.Status != RoutingStatus.Transferred);
        if (!allowed) return Decision.Reject("routing-not-being-handled", $"The routing is {Name(r.Status)}; steps are recorded while it is being handled.");
        return Decision.Accept(new HandlingStepRecorded(state.Id, r.Id, stepId, kind, note, policeCaseId, now, by));
    }

    /// <param name="byPolice">The outcome of the police case (recorded even if the acceptance had not been recorded here).</param>
    public static Decision RecordOutcome(Report state, Guid routingId, string outcome, string summary, Guid? policeCaseId, DateTimeOffset now, string by,
        MandatoryReportingPolicy policy, bool byPolice = false)
    {
        if (state.RoutingOf(routingId) is not { } r) return NoRouting;
        if (byPolice && r.Status is RoutingStatus.OutcomeRecorded or RoutingStatus.FedBack && r.Outcome == outcome) return Decision.Accept();
        var allowed = r.Status == RoutingStatus.Accepted || (byPolice && r.Status == RoutingStatus.AwaitingAcceptance);
        if (!allowed) return Decision.Reject("routing-not-being-handled", $"The routing is {Name(r.Status)}; an outcome is recorded once, while it is being handled.");
        return Decision.Accept(new RoutingOutcomeRecorded(state.Id, r.Id, outcome, summary, policeCaseId, now.AddDays(policy.FeedbackWithinDays), now, by));
    }

    public static Decision FeedBack(Report state, Guid routingId, string method, DateTimeOffset now, string by)
    {
        if (state.RoutingOf(routingId) is not { } r) return NoRouting;
        if (r.Status != RoutingStatus.OutcomeRecorded)
            return Decision.Reject("no-outcome-to-feed-back", $"The routing is {Name(r.Status)}; feedback follows a recorded outcome, once.");
        return Decision.Accept(new OutcomeFedBack(state.Id, r.Id, r.Department, state.Filed.Child.ChildId, r.Outcome!, ReporterMessages.For(r.Outcome!),
            method, now, by));
    }

    /// <summary>Every deadline that has passed and was not reported yet: each kind at most once per routing.</summary>
    public static IReadOnlyList<object> DetectOverdue(Report state, DateTimeOffset now)
    {
        var events = new List<object>();
        foreach (var r in state.Routings)
        {
            if (r.Status == RoutingStatus.AwaitingAcceptance && now > r.AcceptDueAt && r.AcceptanceOverdueAt is null)
                events.Add(new AcceptanceOverdue(state.Id, r.Id, r.Department, r.RegionCode, r.AcceptDueAt, now));
            if (r.Status == RoutingStatus.Accepted && r.OutcomeDueAt is { } outcomeDue && now > outcomeDue && r.HandlingOverdueAt is null)
                events.Add(new HandlingOverdue(state.Id, r.Id, r.Department, r.RegionCode, outcomeDue, now));
            if (r.Status == RoutingStatus.OutcomeRecorded && r.FeedbackDueAt is { } feedbackDue && now > feedbackDue && r.FeedbackOverdueAt is null)
                events.Add(new FeedbackOverdue(state.Id, r.Id, r.Department, r.RegionCode, feedbackDue, now));
        }
        return events;
    }

    private static Decision NoRouting => Decision.Reject("no-such-routing", "The report has no such routing.");

    private static string Name(RoutingStatus status) => status switch
    {
        RoutingStatus.AwaitingAcceptance => "awaiting acceptance",
        RoutingStatus.Accepted => "being handled",
        RoutingStatus.OutcomeRecorded => "awaiting feedback",
        RoutingStatus.FedBack => "closed",
        _ => "transferred",
    };
}

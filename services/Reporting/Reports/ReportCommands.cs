using ChildProtection.Jurisdictions;
using ChildProtection.Reporting.Routing;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Outbox;

namespace ChildProtection.Reporting.Reports;

// The report's commands: each carries its input, the region's policy where a clock depends on it, and the moment it is
// decided at; each decides purely on the report's state. Routing ids derive from the report id (and a transferred
// routing's from its predecessor), so deciding twice yields the same events.

/// <summary>An earlier report about the same child within the duplicate window, and its situations.</summary>
public sealed record EarlierReport(Guid ReportId, IReadOnlyList<string> Situations);

/// <summary>File a report: record it, link it to earlier reports about the same child and situation, route it.</summary>
public sealed record FileReport(Guid ReportId, string ReceiptNumber, string SecretHash, string Channel, Reporter Reporter, ReportedChild Child,
    IReadOnlyList<string> Situations, string Observation, DateTimeOffset ObservedAt, string Urgency, Guid? SourceVisitId,
    IReadOnlyList<EarlierReport> Earlier, string By, MandatoryReportingPolicy Policy, Moment At)
{
    public static Decision Decide(FileReport c, Report? s)
    {
        if (s is not null) return Decision.Reject("report-already-filed", "This report is already filed.");
        var events = new List<object>
        {
            new ReportFiled(c.ReportId, c.ReceiptNumber, c.SecretHash, c.Channel, c.Reporter, c.Child, c.Situations, c.Observation,
                c.ObservedAt, c.Urgency, c.SourceVisitId, c.At.Now, c.By),
        };
        foreach (var earlier in c.Earlier.Where(e => e.ReportId != c.ReportId))
        {
            var common = earlier.Situations.Intersect(c.Situations, StringComparer.Ordinal).ToList();
            if (common.Count > 0) events.Add(new DuplicateLinked(c.ReportId, earlier.ReportId, common, c.At.Now));
        }
        var departments = RoutingRules.DepartmentsFor(c.Situations, c.Policy);
        for (var i = 0; i < departments.Count; i++)
            events.Add(new ReportRouted(c.ReportId, DeterministicGuid.ForMessage(c.ReportId, i + 1), departments[i], c.Child.RegionCode,
                c.Child.ChildId, c.Situations, c.Urgency, c.At.Now.AddHours(c.Policy.AcceptWithinHours), null, c.At.Now));
        return Decision.Accept(events);
    }
}

/// <summary>
/// Match the report's provisional child to registry child <paramref name="ChildId"/> (already checked with Registry).
/// Linking again to the same child changes nothing; a report already about another registry child is refused.
/// </summary>
public sealed record LinkProvisionalChild(Guid ChildId, string By, Moment At)
{
    public static Decision Decide(LinkProvisionalChild c, Report s)
    {
        var f = s.Filed;
        if (f.Child.ChildId == c.ChildId) return Decision.Accept();
        if (f.Child.ChildId is not null)
            return Decision.Reject("child-already-matched", "The report is already about another registry child; it cannot be moved to a second one.");
        if (f.Child.Provisional is not { } provisional)
            return Decision.Reject("no-provisional-child", "The report names no provisional child to match.");
        return Decision.Accept(new ProvisionalChildLinked(f.ReportId, provisional.ProvisionalId, c.ChildId, f.Child.RegionCode, f.Channel,
            f.Situations, f.Urgency, f.ObservedAt, f.FiledAt, c.At.Now, c.By));
    }
}

/// <summary>受理 Accept a routing awaiting acceptance; the outcome is due within the pack's days.</summary>
public sealed record AcceptRouting(Guid RoutingId, string By, MandatoryReportingPolicy Policy, Moment At)
{
    public static Decision Decide(AcceptRouting c, Report s)
    {
        if (s.RoutingOf(c.RoutingId) is not { } r) return RoutingDecisions.NoRouting;
        if (r.Status != RoutingStatus.AwaitingAcceptance)
            return Decision.Reject("routing-not-awaiting-acceptance", $"The routing is {RoutingDecisions.Name(r.Status)}, not awaiting acceptance.");
        var f = s.Filed;
        return Decision.Accept(new RoutingAccepted(s.Id, r.Id, r.Department, r.RegionCode, f.Child.ChildId, f.Situations, f.Urgency, f.ObservedAt,
            c.At.Now.AddDays(c.Policy.OutcomeWithinDays), c.At.Now, c.By));
    }
}

/// <summary>Transfer a routing awaiting acceptance or being handled to another department, which gets a fresh acceptance deadline.</summary>
public sealed record TransferRouting(Guid RoutingId, string ToDepartment, string Reason, string By, MandatoryReportingPolicy Policy, Moment At)
{
    public static Decision Decide(TransferRouting c, Report s)
    {
        if (s.RoutingOf(c.RoutingId) is not { } r) return RoutingDecisions.NoRouting;
        if (r.Status is not (RoutingStatus.AwaitingAcceptance or RoutingStatus.Accepted))
            return Decision.Reject("routing-not-transferable",
                $"The routing is {RoutingDecisions.Name(r.Status)}; only a routing awaiting acceptance or being handled can be transferred.");
        if (c.ToDepartment == r.Department) return Decision.Reject("transfer-to-same-department", "A routing cannot be transferred to its own department.");
        if (s.Routings.Any(o => o.IsOpen && o.Department == c.ToDepartment))
            return Decision.Reject("department-already-has-report", $"The report is already open in the {c.ToDepartment} inbox.");
        var newId = DeterministicGuid.ForMessage(r.Id, 1);
        return Decision.Accept(
            new RoutingTransferred(s.Id, r.Id, r.Department, r.RegionCode, c.ToDepartment, newId, c.Reason, c.At.Now, c.By),
            new ReportRouted(s.Id, newId, c.ToDepartment, r.RegionCode, s.Filed.Child.ChildId, s.Filed.Situations, s.Filed.Urgency,
                c.At.Now.AddHours(c.Policy.AcceptWithinHours), r.Id, c.At.Now));
    }
}

/// <summary>处置 A handling step of a routing being handled (the same step id again changes nothing).</summary>
public sealed record RecordHandlingStep(Guid RoutingId, Guid StepId, string Kind, string Note, string By, Moment At)
{
    public static Decision Decide(RecordHandlingStep c, Report s)
    {
        if (s.RoutingOf(c.RoutingId) is not { } r) return RoutingDecisions.NoRouting;
        if (r.Steps.Any(x => x.StepId == c.StepId)) return Decision.Accept();
        if (r.Status != RoutingStatus.Accepted)
            return Decision.Reject("routing-not-being-handled", $"The routing is {RoutingDecisions.Name(r.Status)}; steps are recorded while it is being handled.");
        return Decision.Accept(new HandlingStepRecorded(s.Id, r.Id, c.StepId, c.Kind, c.Note, null, c.At.Now, c.By));
    }
}

/// <summary>
/// The police opened a case from the report: a <c>case-opened</c> step of the police routing (the named one, else the
/// report's latest police routing), accepted even before the routing's acceptance arrived, once per case.
/// </summary>
public sealed record RecordPoliceCaseOpened(Guid? RoutingId, Guid CaseId, string CaseKind, Moment At)
{
    /// <summary>The step a police case becomes.</summary>
    public static Guid StepIdFor(Guid caseId) => DeterministicGuid.ForMessage(caseId, 0x5354);

    public static Decision Decide(RecordPoliceCaseOpened c, Report s)
    {
        if (RoutingDecisions.PoliceRouting(s, c.RoutingId) is not { } routingId) return RoutingDecisions.NoPoliceRouting;
        if (s.RoutingOf(routingId) is not { } r) return RoutingDecisions.NoRouting;
        var stepId = StepIdFor(c.CaseId);
        if (r.Steps.Any(x => x.StepId == stepId)) return Decision.Accept();
        if (r.Status == RoutingStatus.Transferred)
            return Decision.Reject("routing-not-being-handled", $"The routing is {RoutingDecisions.Name(r.Status)}; steps are recorded while it is being handled.");
        return Decision.Accept(new HandlingStepRecorded(s.Id, r.Id, stepId, "case-opened", $"Police case opened ({c.CaseKind}).", c.CaseId, c.At.Now, "police"));
    }
}

/// <summary>The routing's outcome, once, while it is being handled; feedback is due within the pack's days.</summary>
public sealed record RecordRoutingOutcome(Guid RoutingId, string Outcome, string Summary, string By, MandatoryReportingPolicy Policy, Moment At)
{
    public static Decision Decide(RecordRoutingOutcome c, Report s)
    {
        if (s.RoutingOf(c.RoutingId) is not { } r) return RoutingDecisions.NoRouting;
        if (r.Status != RoutingStatus.Accepted) return RoutingDecisions.NotBeingHandled(r);
        return Decision.Accept(new RoutingOutcomeRecorded(s.Id, r.Id, c.Outcome, c.Summary, null, c.At.Now.AddDays(c.Policy.FeedbackWithinDays), c.At.Now, c.By));
    }
}

/// <summary>
/// The police case's outcome becomes the police routing's outcome (recorded even if the acceptance had not been recorded
/// here; the same outcome again changes nothing).
/// </summary>
public sealed record RecordPoliceCaseOutcome(Guid? RoutingId, Guid CaseId, string Outcome, string Summary, MandatoryReportingPolicy Policy, Moment At)
{
    public static Decision Decide(RecordPoliceCaseOutcome c, Report s)
    {
        if (RoutingDecisions.PoliceRouting(s, c.RoutingId) is not { } routingId) return RoutingDecisions.NoPoliceRouting;
        if (s.RoutingOf(routingId) is not { } r) return RoutingDecisions.NoRouting;
        if (r.Status is RoutingStatus.OutcomeRecorded or RoutingStatus.FedBack && r.Outcome == c.Outcome) return Decision.Accept();
        if (r.Status is not (RoutingStatus.Accepted or RoutingStatus.AwaitingAcceptance)) return RoutingDecisions.NotBeingHandled(r);
        return Decision.Accept(new RoutingOutcomeRecorded(s.Id, r.Id, c.Outcome, c.Summary, c.CaseId, c.At.Now.AddDays(c.Policy.FeedbackWithinDays), c.At.Now,
            "police"));
    }
}

/// <summary>以适当方式告知 The outcome was told to the reporter: a fixed sentence by the outcome code, never the department's summary.</summary>
public sealed record RecordFeedback(Guid RoutingId, string Method, string By, Moment At)
{
    public static Decision Decide(RecordFeedback c, Report s)
    {
        if (s.RoutingOf(c.RoutingId) is not { } r) return RoutingDecisions.NoRouting;
        if (r.Status != RoutingStatus.OutcomeRecorded)
            return Decision.Reject("no-outcome-to-feed-back", $"The routing is {RoutingDecisions.Name(r.Status)}; feedback follows a recorded outcome, once.");
        return Decision.Accept(new OutcomeFedBack(s.Id, r.Id, r.Department, s.Filed.Child.ChildId, r.Outcome!, ReporterMessages.For(r.Outcome!),
            c.Method, c.At.Now, c.By));
    }
}

/// <summary>
/// The deadline scan: every acceptance, handling or feedback deadline that has passed and was not recorded yet, each kind
/// at most once per routing (none: nothing changes).
/// </summary>
public sealed record RecordOverdueRoutings(Moment At)
{
    public static Decision Decide(RecordOverdueRoutings c, Report s)
    {
        var now = c.At.Now;
        var events = new List<object>();
        foreach (var r in s.Routings)
        {
            if (r.Status == RoutingStatus.AwaitingAcceptance && now > r.AcceptDueAt && r.AcceptanceOverdueAt is null)
                events.Add(new AcceptanceOverdue(s.Id, r.Id, r.Department, r.RegionCode, r.AcceptDueAt, now));
            if (r.Status == RoutingStatus.Accepted && r.OutcomeDueAt is { } outcomeDue && now > outcomeDue && r.HandlingOverdueAt is null)
                events.Add(new HandlingOverdue(s.Id, r.Id, r.Department, r.RegionCode, outcomeDue, now));
            if (r.Status == RoutingStatus.OutcomeRecorded && r.FeedbackDueAt is { } feedbackDue && now > feedbackDue && r.FeedbackOverdueAt is null)
                events.Add(new FeedbackOverdue(s.Id, r.Id, r.Department, r.RegionCode, feedbackDue, now));
        }
        return Decision.Accept(events);
    }
}

/// <summary>What the routing commands share: the usual rejections and how a status reads in them.</summary>
internal static class RoutingDecisions
{
    public static Decision NoRouting => Decision.Reject("no-such-routing", "The report has no such routing.");

    public static Decision NoPoliceRouting => Decision.Reject("no-police-routing", "The report was not routed to the police.");

    public static Decision NotBeingHandled(Routing r) =>
        Decision.Reject("routing-not-being-handled", $"The routing is {Name(r.Status)}; an outcome is recorded once, while it is being handled.");

    /// <summary>The police routing a police message is about: the one it names, else the report's latest police routing.</summary>
    public static Guid? PoliceRouting(Report s, Guid? named) => named ?? s.Routings.LastOrDefault(r => r.Department == "police")?.Id;

    public static string Name(RoutingStatus status) => status switch
    {
        RoutingStatus.AwaitingAcceptance => "awaiting acceptance",
        RoutingStatus.Accepted => "being handled",
        RoutingStatus.OutcomeRecorded => "awaiting feedback",
        RoutingStatus.FedBack => "closed",
        _ => "transferred",
    };
}

using ChildProtection.Jurisdictions;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Rules;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Relief.Decisions;

// The decisions people take on a child's relief: an application, the two-step decision on an eligibility case (township
// verifies, county confirms; no public notice for the allowances), written rejections, and changes to entitlements.
// Each command carries its input and the moment it is decided at; Decide is a pure function of the command and the state.

/// <summary>An application on the child's behalf (e.g. minimum living guarantee with the verification platform's verdict as evidence).</summary>
/// <param name="RegionCode">The child's village as Relief knows it from the registry.</param>
public sealed record ApplyForRelief(Guid CaseId, Guid ChildId, string RegionCode, string Programme, IReadOnlyList<string> Reasons,
    IReadOnlyList<string> MissingEvidence, string By, Moment At)
{
    /// <summary>Refused while the child has a pending case or an entitlement for the programme, or holds the other allowance.</summary>
    public static Decision Decide(ApplyForRelief c, ChildRelief? s)
    {
        if (s?.Covers(c.Programme) == true)
            return Decision.Reject("already-covered", "The child already has a pending case or an entitlement for this programme.");
        if (s?.Overlap(c.Programme) is { } held)
            return Decision.Reject("programme-overlap", $"The child holds the {held}; a child cannot hold both allowances.");
        return Decision.Accept(new CaseOpened(c.CaseId, c.ChildId, c.RegionCode, c.Programme, "application", c.Reasons, c.MissingEvidence, c.At.Today,
            c.By, c.At.Now));
    }
}

/// <summary>The township verifies an open case; the evidence received leaves the missing evidence.</summary>
public sealed record VerifyCase(Guid CaseId, IReadOnlyList<string> Evidence, string? Note, string By, Moment At)
{
    public static Decision Decide(VerifyCase c, ChildRelief s) =>
        s.Case(c.CaseId) is not { } x ? Decision.Reject("no-such-case", "The child has no such case.")
        : x.Status != CaseStatus.Open ? Decision.Reject("case-not-open", $"The case is {x.Status}; only an open case can be verified.")
        : Decision.Accept(new CaseVerified(x.CaseId, s.ChildId, s.RegionCode, x.Programme, c.Evidence, c.Note, c.By, c.At.Now));
}

/// <summary>
/// The county confirms a verified case; the entitlement starts the month after (China date of the moment), at the pack's
/// amount for the allowances, its first review due a review interval after the start.
/// </summary>
public sealed record ConfirmCase(Guid CaseId, ReliefPolicy Policy, string By, Moment At)
{
    public static Decision Decide(ConfirmCase c, ChildRelief s)
    {
        if (s.Case(c.CaseId) is not { } x) return Decision.Reject("no-such-case", "The child has no such case.");
        if (x.Status != CaseStatus.Verified)
            return Decision.Reject("not-verified", $"The case is {x.Status}; the township verifies before the county confirms.");
        var start = ProgrammeRules.MonthAfter(c.At.Today);
        if (s.Overlap(x.Programme, start) is { } held)
            return Decision.Reject("programme-overlap", $"The child holds the {held}, paid in {Http.Months.Format(start)} or later; a child cannot hold both the orphan and the de-facto-unsupported allowance.");
        var review = ProgrammeRules.ReviewMonths(x.Programme, c.Policy) is { } months ? start.AddMonths(months) : (DateOnly?)null;
        return Decision.Accept(
            new CaseConfirmed(x.CaseId, s.ChildId, s.RegionCode, x.Programme, c.By, c.At.Now),
            new EntitlementStarted(x.CaseId, s.ChildId, s.RegionCode, x.Programme, start, ProgrammeRules.MonthlyYuan(x.Programme, c.Policy), review, c.At.Now));
    }
}

/// <summary>The township or the county rejects a pending case with written reasons.</summary>
/// <param name="ByRegion">The region of the one who rejects: a township (9 digits) or a county (6 digits).</param>
public sealed record RejectCase(Guid CaseId, string Reasons, string By, string ByRegion, Moment At)
{
    public static Decision Decide(RejectCase c, ChildRelief s) =>
        c.ByRegion.Length is not (ReliefLevels.Township or ReliefLevels.County) ? Decision.Reject("level", "The township or the county rejects a case.")
        : s.Case(c.CaseId) is not { } x ? Decision.Reject("no-such-case", "The child has no such case.")
        : !x.Pending ? Decision.Reject("case-decided", $"The case is {x.Status}.")
        : Decision.Accept(new CaseRejected(x.CaseId, s.ChildId, s.RegionCode, x.Programme, c.Reasons, c.By, c.At.Now));
}

/// <summary>Nothing of an active entitlement is paid from <see cref="FromMonth"/> (not before its start) until resumed.</summary>
public sealed record SuspendEntitlement(Guid EntitlementId, DateOnly FromMonth, string Reason, string By, Moment At)
{
    public static Decision Decide(SuspendEntitlement c, ChildRelief s) =>
        s.EntitlementOf(c.EntitlementId) is not { } e ? Decision.Reject("no-such-entitlement", "The child has no such entitlement.")
        : e.Status != EntitlementStatus.Active ? Decision.Reject("not-active", $"The entitlement is {e.Status}.")
        : c.FromMonth < e.StartMonth ? Decision.Reject("before-start", "A suspension cannot begin before the entitlement starts.")
        : Decision.Accept(new EntitlementSuspended(e.EntitlementId, s.ChildId, s.RegionCode, e.Programme, c.FromMonth, c.Reason, c.By, c.At.Now));
}

/// <summary>Payment of a suspended entitlement resumes from <see cref="FromMonth"/>, after the month the suspension began.</summary>
public sealed record ResumeEntitlement(Guid EntitlementId, DateOnly FromMonth, string By, Moment At)
{
    public static Decision Decide(ResumeEntitlement c, ChildRelief s) =>
        s.EntitlementOf(c.EntitlementId) is not { } e ? Decision.Reject("no-such-entitlement", "The child has no such entitlement.")
        : e.Status != EntitlementStatus.Suspended ? Decision.Reject("not-suspended", $"The entitlement is {e.Status}.")
        : c.FromMonth <= e.Suspensions[^1].From ? Decision.Reject("before-suspension", "Payment resumes after the month the suspension began.")
        : Decision.Accept(new EntitlementResumed(e.EntitlementId, s.ChildId, c.FromMonth, c.By, c.At.Now));
}

/// <summary>Terminate from <see cref="EffectiveMonth"/>, or from the proposed month when none is given.</summary>
public sealed record TerminateEntitlement(Guid EntitlementId, DateOnly? EffectiveMonth, string Reason, string By, Moment At)
{
    public static Decision Decide(TerminateEntitlement c, ChildRelief s)
    {
        if (s.EntitlementOf(c.EntitlementId) is not { } e) return Decision.Reject("no-such-entitlement", "The child has no such entitlement.");
        if (!e.Current) return Decision.Reject("terminated", "The entitlement has already ended.");
        if ((c.EffectiveMonth ?? e.TerminationProposed?.EffectiveMonth) is not { } month)
            return Decision.Reject("effective-month-required", "No termination was proposed; give the month from which nothing is paid.");
        return Decision.Accept(new EntitlementTerminated(e.EntitlementId, s.ChildId, s.RegionCode, e.Programme, month, c.Reason, c.By, c.At.Now));
    }
}

/// <summary>The periodic review of a current entitlement was done today; the next is due the programme's interval later.</summary>
public sealed record RecordReview(Guid EntitlementId, ReliefPolicy Policy, string? Note, string By, Moment At)
{
    public static Decision Decide(RecordReview c, ChildRelief s) =>
        s.EntitlementOf(c.EntitlementId) is not { } e ? Decision.Reject("no-such-entitlement", "The child has no such entitlement.")
        : !e.Current ? Decision.Reject("terminated", "The entitlement has ended.")
        : ProgrammeRules.ReviewMonths(e.Programme, c.Policy) is not { } months ? Decision.Reject("no-periodic-review", $"{e.Programme} has no periodic review.")
        : Decision.Accept(new ReviewRecorded(e.EntitlementId, s.ChildId, c.At.Today, c.At.Today.AddMonths(months), c.Note, c.By, c.At.Now));
}

using ChildProtection.EventStore;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Rules;
using ChildProtection.Jurisdictions;

namespace ChildProtection.Relief.Decisions;

/// <summary>
/// The two-step decision on an eligibility case (township verifies, county confirms; no public notice for the
/// allowances), written rejections, and changes to entitlements. Pure functions of the state.
/// </summary>
public static class CaseDecisions
{
    public static Decision Verify(ChildRelief s, Guid caseId, IReadOnlyList<string> evidence, string? note, string by, DateTimeOffset now) =>
        s.Case(caseId) is not { } c ? Decision.Reject("no-such-case", "The child has no such case.")
        : c.Status != CaseStatus.Open ? Decision.Reject("case-not-open", $"The case is {c.Status}; only an open case can be verified.")
        : Decision.Accept(new CaseVerified(c.CaseId, s.ChildId, s.RegionCode, c.Programme, evidence, note, by, now));

    /// <summary>County confirmation; the entitlement starts the month after (China date of <paramref name="now"/>).</summary>
    public static Decision Confirm(ChildRelief s, Guid caseId, DateOnly today, ReliefPolicy policy, string by, DateTimeOffset now)
    {
        if (s.Case(caseId) is not { } c) return Decision.Reject("no-such-case", "The child has no such case.");
        if (c.Status != CaseStatus.Verified)
            return Decision.Reject("not-verified", $"The case is {c.Status}; the township verifies before the county confirms.");
        var start = ProgrammeRules.MonthAfter(today);
        if (Overlap(s, c.Programme, start) is { } held)
            return Decision.Reject("programme-overlap", $"The child holds the {held}, paid in {Http.Months.Format(start)} or later; a child cannot hold both the orphan and the de-facto-unsupported allowance.");
        var review = ProgrammeRules.ReviewMonths(c.Programme, policy) is { } months ? start.AddMonths(months) : (DateOnly?)null;
        return Decision.Accept(
            new CaseConfirmed(c.CaseId, s.ChildId, s.RegionCode, c.Programme, by, now),
            new EntitlementStarted(c.CaseId, s.ChildId, s.RegionCode, c.Programme, start, ProgrammeRules.MonthlyYuan(c.Programme, policy), review, now));
    }

    public static Decision Reject(ChildRelief s, Guid caseId, string reasons, string by, DateTimeOffset now) =>
        s.Case(caseId) is not { } c ? Decision.Reject("no-such-case", "The child has no such case.")
        : !c.Pending ? Decision.Reject("case-decided", $"The case is {c.Status}.")
        : Decision.Accept(new CaseRejected(c.CaseId, s.ChildId, s.RegionCode, c.Programme, reasons, by, now));

    public static Decision Suspend(ChildRelief s, Guid id, DateOnly fromMonth, string reason, string by, DateTimeOffset now) =>
        s.EntitlementOf(id) is not { } e ? Decision.Reject("no-such-entitlement", "The child has no such entitlement.")
        : e.Status != EntitlementStatus.Active ? Decision.Reject("not-active", $"The entitlement is {e.Status}.")
        : fromMonth < e.StartMonth ? Decision.Reject("before-start", "A suspension cannot begin before the entitlement starts.")
        : Decision.Accept(new EntitlementSuspended(e.EntitlementId, s.ChildId, s.RegionCode, e.Programme, fromMonth, reason, by, now));

    public static Decision Resume(ChildRelief s, Guid id, DateOnly fromMonth, string by, DateTimeOffset now) =>
        s.EntitlementOf(id) is not { } e ? Decision.Reject("no-such-entitlement", "The child has no such entitlement.")
        : e.Status != EntitlementStatus.Suspended ? Decision.Reject("not-suspended", $"The entitlement is {e.Status}.")
        : fromMonth <= e.Suspensions[^1].From ? Decision.Reject("before-suspension", "Payment resumes after the month the suspension began.")
        : Decision.Accept(new EntitlementResumed(e.EntitlementId, s.ChildId, fromMonth, by, now));

    /// <summary>Terminate from <paramref name="effectiveMonth"/>, or from the proposed month when none is given.</summary>
    public static Decision Terminate(ChildRelief s, Guid id, DateOnly? effectiveMonth, string reason, string by, DateTimeOffset now)
    {
        if (s.EntitlementOf(id) is not { } e) return Decision.Reject("no-such-entitlement", "The child has no such entitlement.");
        if (!e.Current) return Decision.Reject("terminated", "The entitlement has already ended.");
        if ((effectiveMonth ?? e.TerminationProposed?.EffectiveMonth) is not { } month)
            return Decision.Reject("effective-month-required", "No termination was proposed; give the month from which nothing is paid.");
        return Decision.Accept(new EntitlementTerminated(e.EntitlementId, s.ChildId, s.RegionCode, e.Programme, month, reason, by, now));
    }

    public static Decision Review(ChildRelief s, Guid id, DateOnly today, ReliefPolicy policy, string? note, string by, DateTimeOffset now) =>
        s.EntitlementOf(id) is not { } e ? Decision.Reject("no-such-entitlement", "The child has no such entitlement.")
        : !e.Current ? Decision.Reject("terminated", "The entitlement has ended.")
        : ProgrammeRules.ReviewMonths(e.Programme, policy) is not { } months ? Decision.Reject("no-periodic-review", $"{e.Programme} has no periodic review.")
        : Decision.Accept(new ReviewRecorded(e.EntitlementId, s.ChildId, today, today.AddMonths(months), note, by, now));

    /// <summary>
    /// The overlap rule between the two allowances: the other one, when the child holds it — current, or terminated but
    /// still paid in <paramref name="from"/> or a later month.
    /// </summary>
    public static string? Overlap(ChildRelief s, string programme, DateOnly? from = null)
    {
        var other = programme switch
        {
            Programmes.OrphanAllowance => Programmes.DeFactoUnsupportedAllowance,
            Programmes.DeFactoUnsupportedAllowance => Programmes.OrphanAllowance,
            _ => null,
        };
        return other is not null && s.Entitlements.Any(e => e.Programme == other && (e.Current || (from is { } m && e.EndMonth > m))) ? other : null;
    }
}

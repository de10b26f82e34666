using System.Globalization;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Facts;
using ChildProtection.Relief.Rules;
using ChildProtection.Jurisdictions;

namespace ChildProtection.Relief.Assessment;

/// <summary>
/// Proactive assessment (应保尽保): re-runs the programme rules on the child's facts and decides what changes —
/// a case for each programme the child now meets and is not covered for (no application needed), a withdrawal of a
/// proactive case the child no longer meets, and a termination proposal, effective the month after the change, for an
/// entitlement the child no longer meets (one granted on an application: only at its age limit). Pure: the same facts, state and day give the same events.
/// </summary>
public static class ReliefAssessor
{
    public static IReadOnlyList<object> Assess(ChildRelief? state, ChildFacts facts, DateOnly today, DateOnly changedOn, ReliefPolicy policy,
        DateTimeOffset now, Func<Guid> newId)
    {
        if (facts.RegionCode is not { } region) return [];
        var eligible = ProgrammeRules.Evaluate(facts, today, policy);
        var events = new List<object>();

        foreach (var e in eligible)
        {
            if (state?.Covers(e.Programme) == true) continue;
            // A rejection stands until the reasons change.
            if (state?.Cases.LastOrDefault(c => c.Programme == e.Programme) is { Status: CaseStatus.Rejected } last && last.Reasons.SequenceEqual(e.Reasons))
                continue;
            events.Add(new CaseOpened(newId(), facts.ChildId, region, e.Programme, "proactive", e.Reasons, e.MissingEvidence, today, "relief-assessment", now));
        }

        if (state is null) return events;
        var programmes = eligible.Select(e => e.Programme).ToHashSet(StringComparer.Ordinal);
        var why = WhyNot(facts, today, policy);

        foreach (var c in state.Cases.Where(c => c.Pending && c.Origin == "proactive" && !programmes.Contains(c.Programme)))
            events.Add(new CaseWithdrawn(c.CaseId, state.ChildId, c.Programme, why, now));

        foreach (var x in state.Entitlements.Where(x => x.Current && x.TerminationProposed is null && !programmes.Contains(x.Programme)))
        {
            // Age limits change on the birthday itself, whatever the triggering event said.
            var birthday = AgeLimitReached(facts, x.Programme, policy) is { } b && b <= today ? b : (DateOnly?)null;
            // An entitlement granted on an application rests on evidence the rules never held (the verification platform's
            // verdict, a diagnosis): only its age limit ends it here; the rules' silence is no change.
            if (birthday is null && state.Case(x.EntitlementId)?.Origin != "proactive") continue;
            var on = birthday ?? changedOn;
            events.Add(new TerminationProposed(x.EntitlementId, state.ChildId, region, x.Programme, on, ProgrammeRules.MonthAfter(on), why, now));
        }
        return events;
    }

    /// <summary>The birthday on which the child stops meeting a programme's age limit, if the programme has one.</summary>
    public static DateOnly? AgeLimitReached(ChildFacts facts, string programme, ReliefPolicy policy) => facts.BirthDate is not { } b ? null : programme switch
    {
        Programmes.OrphanAllowance or Programmes.DeFactoUnsupportedAllowance => b.AddYears(policy.AllowanceMaxAgeYears),
        Programmes.ExtremePovertySupport => b.AddYears(policy.ExtremePovertyMaxAgeYears),
        Programmes.RehabilitationAid => b.AddYears(policy.RehabilitationAidMaxAgeYears + 1),
        _ => null,
    };

    private static IReadOnlyList<string> WhyNot(ChildFacts facts, DateOnly today, ReliefPolicy policy)
    {
        var age = facts.BirthDate is { } b ? ProgrammeRules.AgeOn(b, today) : (int?)null;
        return [$"the child's facts as of {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} no longer meet the programme",
            age is { } a ? $"age {a}" : "age unknown",
            facts.Categories.Count == 0 ? "no relief-relevant category" : $"categories: {string.Join(", ", facts.Categories.Select(c => c.Code))}"];
    }
}

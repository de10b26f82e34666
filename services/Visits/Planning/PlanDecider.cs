using ChildProtection.Visits.Plans;

namespace ChildProtection.Visits.Planning;

/// <summary>
/// Keeps one plan per child in scope, pure: open it when the child enters a category, re-plan when a fact it is planned
/// by changes (categories, risk factors, village, director), close it when the child leaves every category.
/// </summary>
public static class PlanDecider
{
    public static IReadOnlyList<object> Decide(Plan? plan, ChildFacts facts, DateOnly today, DateTimeOffset now, string reason)
    {
        var open = plan is { Open: true };
        if (!facts.InScope)
            return open ? [new PlanClosed(facts.ChildId, today, reason, now)] : [];
        if (!open)
            return [new PlanOpened(facts.ChildId, facts.RegionCode!, facts.DirectorId, facts.Categories, facts.RiskFactors, today, reason, now)];
        if (plan!.RegionCode == facts.RegionCode && plan.DirectorId == facts.DirectorId
            && plan.Categories.SequenceEqual(facts.Categories, StringComparer.Ordinal)
            && plan.RiskFactors.SequenceEqual(facts.RiskFactors, StringComparer.Ordinal))
            return [];
        return [new PlanReplanned(facts.ChildId, facts.RegionCode!, facts.DirectorId, facts.Categories, facts.RiskFactors, reason, now)];
    }
}

using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Visits.Plans;

namespace ChildProtection.Visits.Planning;

/// <summary>
/// Keeps one plan per child in scope after a registry fact changed: open it when the child enters a category, re-plan when a
/// fact it is planned by changes (categories, risk factors, village, director), close it when the child leaves every category.
/// Accepted with no events when nothing the plan depends on changed.
/// </summary>
/// <param name="Facts">What visits knows of the child after the registry's event.</param>
/// <param name="Reason">Why, e.g. <c>category-entered:rural-left-behind</c>.</param>
public sealed record ReconcilePlan(ChildFacts Facts, string Reason, Moment At)
{
    /// <param name="plan">The child's plan; null when the child never had one.</param>
    public static Decision Decide(ReconcilePlan c, Plan? plan)
    {
        var facts = c.Facts;
        var open = plan is { Open: true };
        if (!facts.InScope)
            return open ? Decision.Accept(new PlanClosed(facts.ChildId, c.At.Today, c.Reason, c.At.Now)) : Decision.Accept();
        if (!open)
            return Decision.Accept(new PlanOpened(facts.ChildId, facts.RegionCode!, facts.DirectorId, facts.Categories, facts.RiskFactors, c.At.Today,
                c.Reason, c.At.Now));
        if (plan!.RegionCode == facts.RegionCode && plan.DirectorId == facts.DirectorId
            && plan.Categories.SequenceEqual(facts.Categories, StringComparer.Ordinal)
            && plan.RiskFactors.SequenceEqual(facts.RiskFactors, StringComparer.Ordinal))
            return Decision.Accept();
        return Decision.Accept(new PlanReplanned(facts.ChildId, facts.RegionCode!, facts.DirectorId, facts.Categories, facts.RiskFactors, c.Reason,
            c.At.Now));
    }
}

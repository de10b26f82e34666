using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Registry.Children;

/// <summary>
/// What every change to a child's facts shares, as composition of the pure decisions: categories are never typed in but
/// recomputed from the new facts and appended with them (one append, one transaction), and a date about the child
/// cannot fall before the child's birth. Every child endpoint, the survey import, the court-judgment consumer and the
/// daily review decide through here, so the categories can never lag behind the facts.
/// </summary>
public static class ChildDecisions
{
    /// <summary>
    /// The decided events followed by the category changes they cause on the new facts (entered, left, re-entered with
    /// new reasons), in the policy of the child's region after the change. A rejection or invalid input passes through;
    /// an accepted decision that changes nothing, in facts or categories, stays empty.
    /// </summary>
    /// <param name="state">The child before the decision; null when the decision opens the file.</param>
    public static Decision WithCategories(Decision decision, Child? state, Moment at, IRegistryPolicies policies)
    {
        if (decision is not Decision.Accepted accepted) return decision;
        var next = accepted.Events.Aggregate(state, Child.Evolve);
        if (next is null) return decision;
        var categories = CategoryReconciler.Reconcile(next, at.Today, policies.For(next.Details.RegionCode), at.Now);
        return categories.Count == 0 ? decision : Decision.Accept(accepted.Events.Concat(categories));
    }

    /// <summary>
    /// <paramref name="decide"/> composed with <see cref="WithCategories"/>: the decide function to hand to
    /// <c>StreamCommand.ChangeAsync</c> (or <c>ApplyAsync</c>) for a child.
    /// </summary>
    public static Func<Child, Moment, Decision> Reconciling(this IRegistryPolicies policies, Func<Child, Moment, Decision> decide) =>
        (state, at) => WithCategories(decide(state, at), state, at, policies);

    /// <summary>Refuses (400 per field) dates about the child that fall before the child's birth; null when there are none.</summary>
    public static Decision? BornBefore(Child state, params (string Field, DateOnly? Date)[] dates) =>
        InputDates.NotBeforeBirth(state, dates) is { Count: > 0 } errors ? Decision.Refuse(errors) : null;
}

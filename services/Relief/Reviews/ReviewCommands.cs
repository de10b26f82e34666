using ChildProtection.Jurisdictions;
using ChildProtection.Relief.Assessment;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Facts;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Relief.Reviews;

/// <summary>
/// The daily look at one child: the programme rules run again on the day (so 16th and 18th birthdays and age ranges take
/// effect on the day), and each review past its due date is raised once. Accepted with no events when nothing is due.
/// </summary>
public sealed record ReviewChildDaily(ChildFacts Facts, ReliefPolicy Policy, Moment At)
{
    public static Decision Decide(ReviewChildDaily c, ChildRelief? s) => Decision.Accept(
    [
        .. ReliefAssessor.Assess(s, c.Facts, c.At.Today, c.At.Today, c.Policy, c.At.Now, Guid.NewGuid),
        .. s is null ? [] : ReviewRules.Overdue(s, c.At.Today, c.At.Now),
    ]);
}

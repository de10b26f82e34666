using ChildProtection.Jurisdictions;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Facts;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Relief.Assessment;

/// <summary>
/// Relief's facts about the child changed (a registry, visit or court event): the relief record follows the child to a new
/// village, then the programme rules run again (<see cref="ReliefAssessor"/>). Accepted with no events when nothing changes.
/// </summary>
/// <param name="Facts">The child's facts with the change applied.</param>
/// <param name="ChangedOn">The day the situation changed (a category's end date …): a termination is proposed for the month after.</param>
/// <param name="Policy">The pack's relief terms for the child's region; null while Relief knows no region.</param>
public sealed record ReassessChild(ChildFacts Facts, DateOnly ChangedOn, ReliefPolicy? Policy, Moment At)
{
    public static Decision Decide(ReassessChild c, ChildRelief? s)
    {
        List<object> events = [];
        if (s is not null && c.Facts.RegionCode is { } moved && moved != s.RegionCode)
        {
            var e = new ChildMoved(s.ChildId, s.RegionCode, moved, c.At.Now);
            events.Add(e);
            s = ChildRelief.Evolve(s, e);
        }
        if (c.Policy is { } policy) events.AddRange(ReliefAssessor.Assess(s, c.Facts, c.At.Today, c.ChangedOn, policy, c.At.Now, Guid.NewGuid));
        return Decision.Accept(events);
    }
}

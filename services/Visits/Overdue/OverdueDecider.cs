using ChildProtection.Jurisdictions;
using ChildProtection.Visits.Plans;
using ChildProtection.Visits.Schedule;

namespace ChildProtection.Visits.Overdue;

/// <summary>
/// Which overdue notices a plan needs now, pure: one <c>overdue</c> per missed due date, and one <c>escalated</c> when it is
/// still missed <c>overdueEscalationDays</c> after the due date. A notice the plan already raised is never raised again.
/// </summary>
public static class OverdueDecider
{
    public const string Overdue = "overdue";
    public const string Escalated = "escalated";

    public static IReadOnlyList<object> Decide(Plan plan, VisitPolicy policy, DateOnly today, DateTimeOffset now)
    {
        var raised = new HashSet<string>(plan.OverdueRaised, StringComparer.Ordinal);
        var events = new List<object>();
        foreach (var duty in VisitSchedule.For(plan, policy, today).Where(d => d.Overdue))
        {
            if (!raised.Contains(Plan.OverdueKey(duty.Code, duty.DueOn, Overdue)))
                events.Add(new VisitWentOverdue(plan.ChildId, plan.RegionCode, plan.DirectorId, duty.Code, duty.DueOn, Overdue, duty.DaysOverdue, now));
            if (duty.DaysOverdue >= policy.OverdueEscalationDays && !raised.Contains(Plan.OverdueKey(duty.Code, duty.DueOn, Escalated)))
                events.Add(new VisitWentOverdue(plan.ChildId, plan.RegionCode, plan.DirectorId, duty.Code, duty.DueOn, Escalated, duty.DaysOverdue, now));
        }
        return events;
    }
}

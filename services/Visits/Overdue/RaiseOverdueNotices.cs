using ChildProtection.Jurisdictions;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Visits.Plans;
using ChildProtection.Visits.Schedule;

namespace ChildProtection.Visits.Overdue;

/// <summary>
/// The overdue notices a plan needs now (the overdue scan): one <c>overdue</c> per missed due date, and one <c>escalated</c> when
/// it is still missed <c>overdueEscalationDays</c> after the due date. A notice the plan already raised is never raised again;
/// accepted with no events when nothing is missed.
/// </summary>
/// <param name="Policy">The visit policy of the plan's village.</param>
public sealed record RaiseOverdueNotices(VisitPolicy Policy, Moment At)
{
    public const string Overdue = "overdue";
    public const string Escalated = "escalated";

    public static Decision Decide(RaiseOverdueNotices c, Plan plan)
    {
        var raised = new HashSet<string>(plan.OverdueRaised, StringComparer.Ordinal);
        var events = new List<object>();
        foreach (var duty in VisitSchedule.For(plan, c.Policy, c.At.Today).Where(d => d.Overdue))
        {
            if (!raised.Contains(Plan.OverdueKey(duty.Code, duty.DueOn, Overdue)))
                events.Add(new VisitWentOverdue(plan.ChildId, plan.RegionCode, plan.DirectorId, duty.Code, duty.DueOn, Overdue, duty.DaysOverdue, c.At.Now));
            if (duty.DaysOverdue >= c.Policy.OverdueEscalationDays && !raised.Contains(Plan.OverdueKey(duty.Code, duty.DueOn, Escalated)))
                events.Add(new VisitWentOverdue(plan.ChildId, plan.RegionCode, plan.DirectorId, duty.Code, duty.DueOn, Escalated, duty.DaysOverdue, c.At.Now));
        }
        return Decision.Accept(events);
    }
}

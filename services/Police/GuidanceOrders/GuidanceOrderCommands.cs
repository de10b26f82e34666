using ChildProtection.Police.Cases;
using ChildProtection.Police.Http;
using ChildProtection.Police.Instruments;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Police.GuidanceOrders;

/// <summary>Order a named guardian to receive family-education guidance in an open case.</summary>
public sealed record OrderGuidance(Guid OrderId, Guid? AdmonitionId, NamedGuardian Guardian, string Provider, int Sessions, DateOnly DueOn,
    string By, Moment At)
{
    public static Decision Decide(OrderGuidance c, PoliceCase s) => !s.IsOpen
        ? PoliceCase.Ended(s)
        : Decision.Accept(new GuidanceOrdered(c.OrderId, s.Id, c.AdmonitionId, s.ChildId, s.RegionCode, c.Guardian, c.Provider, c.Sessions, c.DueOn,
            ChinaDate.EndOf(c.DueOn), c.At.Now, c.By));
}

/// <summary>Record that the guardian completed the guidance; only while ordered (not twice, not after a refusal).</summary>
public sealed record CompleteGuidance(int SessionsAttended, DateOnly CompletedOn, string By, Moment At)
{
    public static Decision Decide(CompleteGuidance c, GuidanceOrder s) =>
        s.Status != GuidanceOrder.Ordered ? NotOpen(s)
        : c.CompletedOn < ChinaDate.On(s.OrderedAt) ? Decision.Reject("completed-before-ordered", "Guidance cannot be completed before it was ordered.")
        : Decision.Accept(new GuidanceCompleted(s.Id, s.CaseId, s.ChildId, s.RegionCode, c.SessionsAttended, c.CompletedOn, c.At.Now, c.By));

    internal static Decision NotOpen(GuidanceOrder s) => Decision.Reject($"guidance-{s.Status}", $"The guidance order is already {s.Status.Replace('-', ' ')}.");
}

/// <summary>Record that the guardian refused the guidance; only while ordered.</summary>
public sealed record RefuseGuidance(string Reason, DateOnly RefusedOn, string By, Moment At)
{
    public static Decision Decide(RefuseGuidance c, GuidanceOrder s) => s.Status != GuidanceOrder.Ordered
        ? CompleteGuidance.NotOpen(s)
        : Decision.Accept(new GuidanceRefused(s.Id, s.CaseId, s.ChildId, s.RegionCode, c.Reason, c.RefusedOn, c.At.Now, c.By));
}

/// <summary>Refer a refusal to the court for a family-education guidance order; only after a refusal, once.</summary>
public sealed record ReferRefusalToCourt(string Court, string By, Moment At)
{
    public static Decision Decide(ReferRefusalToCourt c, GuidanceOrder s) => s.Status != GuidanceOrder.Refused
        ? Decision.Reject("not-refused", s.Status == GuidanceOrder.ReferredToCourt
            ? "The refusal was already referred to the court."
            : "Only a refused guidance order can be referred to the court.")
        : Decision.Accept(new GuidanceRefusalReferredToCourt(s.Id, s.CaseId, s.ChildId, s.RegionCode, c.Court, c.At.Now, c.By));
}

/// <summary>The deadline scanner's command: flag an order overdue once, only while it is still ordered.</summary>
public sealed record FlagGuidanceOverdue(Moment At)
{
    public static Decision Decide(FlagGuidanceOverdue c, GuidanceOrder s) =>
        s.Status != GuidanceOrder.Ordered || s.Overdue || c.At.Now < s.DueAt
            ? Decision.Reject("not-overdue", "The order is not overdue.")
            : Decision.Accept(new GuidanceOverdue(s.Id, s.CaseId, s.ChildId, s.RegionCode, s.DueOn, c.At.Now));
}

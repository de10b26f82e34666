using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Court.GuidanceOrders;

/// <summary>Issue the order on an open proceeding: the provider, how many sessions, complete after today.</summary>
public sealed record IssueGuidance(string Basis, string Provider, int Sessions, DateOnly CompleteBy, Moment At)
{
    public static Decision Decide(IssueGuidance c, GuidanceOrder s)
    {
        if (s.Status != "open") return Decision.Reject("already-issued", $"The order is already {s.Status}.");
        if (c.CompleteBy <= c.At.Today) return Decision.Reject("complete-by-in-the-past", "Set a completion date after today.");
        return Decision.Accept(new GuidanceOrderIssued(s.Id, s.ChildId, s.RegionCode, c.Basis, c.Provider, c.Sessions, c.CompleteBy, c.At.Now));
    }
}

/// <summary>A session held, attended or not; the last attended session completes the order.</summary>
public sealed record RecordGuidanceSessionHeld(DateOnly HeldOn, bool Attended, Moment At)
{
    public static Decision Decide(RecordGuidanceSessionHeld c, GuidanceOrder s)
    {
        if (s.Status != "issued") return Decision.Reject("order-not-in-force", s.Status == "open" ? "Issue the order first." : $"The order is {s.Status}.");
        if (s.Held >= s.Sessions) return Decision.Reject("all-sessions-held", $"All {s.Sessions} sessions are recorded.");
        var events = new List<object> { new GuidanceSessionRecorded(s.Id, s.ChildId, s.Held + 1, c.HeldOn, c.Attended, c.At.Now) };
        if (c.Attended && s.Attended + 1 == s.Sessions) events.Add(new GuidanceOrderCompleted(s.Id, s.ChildId, c.At.Now));
        return Decision.Accept(events);
    }
}

/// <summary>The guardians breached an order in force; the sanction.</summary>
public sealed record RecordGuidanceBreachOf(string Description, string Sanction, Moment At)
{
    public static Decision Decide(RecordGuidanceBreachOf c, GuidanceOrder s) =>
        s.Status == "issued"
            ? Decision.Accept(new GuidanceOrderBreached(s.Id, s.ChildId, c.Description, c.Sanction, c.At.Now))
            : Decision.Reject("order-not-in-force", s.Status == "open" ? "Issue the order first." : $"The order is {s.Status}.");
}

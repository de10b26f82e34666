using ChildProtection.Court.Http;
using ChildProtection.EventStore;
using ChildProtection.ServiceDefaults.Commands;

namespace ChildProtection.Court.GuidanceOrders;

/// <summary>
/// 家庭教育指导令 where guardians refuse guidance or still fail after it: proceeding opened → order issued (provider, sessions) →
/// sessions → completed, or breached.
/// </summary>
public sealed record GuidanceOrder(Guid Id, Guid ChildId, string RegionCode, string Source, string Basis, Guid? PoliceOrderId, DateTimeOffset OpenedAt)
{
    public static readonly IReadOnlyList<string> Bases = ["refused-guidance", "failed-after-guidance"];
    public static readonly IReadOnlyList<string> Sanctions = ["admonition", "fine", "detention"];

    public string? Provider { get; init; }
    public int Sessions { get; init; }
    public DateOnly? CompleteBy { get; init; }
    public int Attended { get; init; }
    public int Held { get; init; }
    public string Status { get; init; } = "open";
    public string? Sanction { get; init; }

    public static GuidanceOrder? Evolve(GuidanceOrder? state, object @event) => (state, @event) switch
    {
        (_, GuidanceProceedingOpened e) => new GuidanceOrder(e.OrderId, e.ChildId, e.RegionCode, e.Source, e.Basis, e.PoliceOrderId, e.OpenedAt),
        (null, _) => null,
        (_, GuidanceOrderIssued e) => state with { Status = "issued", Basis = e.Basis, Provider = e.Provider, Sessions = e.Sessions, CompleteBy = e.CompleteBy },
        (_, GuidanceSessionRecorded e) => state with { Held = state.Held + 1, Attended = state.Attended + (e.Attended ? 1 : 0) },
        (_, GuidanceOrderCompleted) => state with { Status = "completed" },
        (_, GuidanceOrderBreached e) => state with { Status = "breached", Sanction = e.Sanction },
        _ => state,
    };

    public Decision Issue(string basis, string provider, int sessions, DateOnly completeBy, Moment m)
    {
        if (Status != "open") return Decision.Reject("already-issued", $"The order is already {Status}.");
        if (completeBy <= m.Today) return Decision.Reject("complete-by-in-the-past", "Set a completion date after today.");
        return Decision.Accept(new GuidanceOrderIssued(Id, ChildId, RegionCode, basis, provider, sessions, completeBy, m.Now));
    }

    public Decision RecordSession(DateOnly heldOn, bool attended, Moment m)
    {
        if (Status != "issued") return Decision.Reject("order-not-in-force", Status == "open" ? "Issue the order first." : $"The order is {Status}.");
        if (Held >= Sessions) return Decision.Reject("all-sessions-held", $"All {Sessions} sessions are recorded.");
        var events = new List<object> { new GuidanceSessionRecorded(Id, ChildId, Held + 1, heldOn, attended, m.Now) };
        if (attended && Attended + 1 == Sessions) events.Add(new GuidanceOrderCompleted(Id, ChildId, m.Now));
        return Decision.Accept([.. events]);
    }

    public Decision RecordBreach(string description, string sanction, Moment m) =>
        Status == "issued"
            ? Decision.Accept(new GuidanceOrderBreached(Id, ChildId, description, sanction, m.Now))
            : Decision.Reject("order-not-in-force", Status == "open" ? "Issue the order first." : $"The order is {Status}.");
}

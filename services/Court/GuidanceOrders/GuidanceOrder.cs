using ChildProtection.Court.Http;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;

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

    /// <summary>What the command step needs: the fold, the jurisdiction, the audit subject (the child).</summary>
    public static readonly StreamKind<GuidanceOrder> Kind = new("family-education guidance order", Evolve, o => o.RegionCode);
}

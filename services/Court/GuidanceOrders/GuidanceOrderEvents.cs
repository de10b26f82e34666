using ChildProtection.ServiceDefaults.EventSourcing;

namespace ChildProtection.Court.GuidanceOrders;

/// <summary>A family-education guidance proceeding opened: from a police referral (guardians refused guidance) or by a judge.</summary>
public sealed record GuidanceProceedingOpened(Guid OrderId, Guid ChildId, string RegionCode, string Source, string Basis, Guid? PoliceOrderId,
    Guid? PoliceCaseId, DateTimeOffset OpenedAt);

/// <summary>家庭教育指导令 issued: the provider, how many sessions, by when.</summary>
public sealed record GuidanceOrderIssued(Guid OrderId, Guid ChildId, string RegionCode, string Basis, string Provider, int Sessions, DateOnly CompleteBy,
    DateTimeOffset IssuedAt);

/// <summary>A guidance session took place (attended or not).</summary>
public sealed record GuidanceSessionRecorded(Guid OrderId, Guid ChildId, int Sequence, DateOnly HeldOn, bool Attended, DateTimeOffset RecordedAt);

/// <summary>All sessions attended: the order is complete.</summary>
public sealed record GuidanceOrderCompleted(Guid OrderId, Guid ChildId, DateTimeOffset CompletedAt);

/// <summary>The guardians breached the order; the sanction.</summary>
public sealed record GuidanceOrderBreached(Guid OrderId, Guid ChildId, string Description, string Sanction, DateTimeOffset RecordedAt);

public static class GuidanceOrderEventTypes
{
    public const string StreamType = "family-education-guidance-order";

    public static void Register(EventTypes types) => types
        .Register<GuidanceProceedingOpened>("court.guidance-proceeding-opened.v1")
        .Register<GuidanceOrderIssued>("court.guidance-order-issued.v1")
        .Register<GuidanceSessionRecorded>("court.guidance-session-recorded.v1")
        .Register<GuidanceOrderCompleted>("court.guidance-order-completed.v1")
        .Register<GuidanceOrderBreached>("court.guidance-order-breached.v1");
}

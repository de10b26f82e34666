using ChildProtection.ServiceDefaults.EventSourcing;

namespace ChildProtection.Procuratorate.SupervisionOrders;

/// <summary>A check-in planned in the order's follow-up plan.</summary>
public sealed record PlannedCheckIn(int Sequence, DateOnly DueOn);

/// <summary>督促监护令 supervision-of-guardianship order issued to named guardians (names never logged or published).</summary>
public sealed record SupervisionOrderIssued(Guid OrderId, Guid CaseId, Guid ChildId, string RegionCode, IReadOnlyList<string> Guardians,
    string Content, bool FamilyEducationGuidance, IReadOnlyList<PlannedCheckIn> Plan, DateTimeOffset IssuedAt);

/// <summary>The order was served: <c>written</c> (书面送达) or <c>announced</c> (宣告送达).</summary>
public sealed record SupervisionOrderServed(Guid OrderId, Guid CaseId, Guid ChildId, string Method, DateOnly ServedOn, DateTimeOffset RecordedAt);

/// <summary>A follow-up check-in with the evaluation of the guardians' compliance.</summary>
public sealed record SupervisionCheckInRecorded(Guid OrderId, Guid CaseId, Guid ChildId, int Sequence, DateOnly CheckedOn, string Evaluation,
    string? Notes, DateTimeOffset RecordedAt);

/// <summary>A planned check-in's date passed with nothing recorded (found by the deadline scanner, once).</summary>
public sealed record SupervisionCheckInOverdue(Guid OrderId, Guid CaseId, Guid ChildId, int Sequence, DateOnly DueOn, DateTimeOffset DetectedAt);

/// <summary>The guardians comply; supervision ends.</summary>
public sealed record SupervisionOrderCompleted(Guid OrderId, Guid CaseId, Guid ChildId, string? Note, DateTimeOffset CompletedAt);

/// <summary>The guardians do not comply; the procuratorate escalates.</summary>
public sealed record SupervisionOrderEscalated(Guid OrderId, Guid CaseId, Guid ChildId, string EscalatedTo, string Reason, DateTimeOffset EscalatedAt);

public static class SupervisionOrderEventTypes
{
    /// <summary>The instrument's kind in the <c>deadlines</c> table (<c>stream_type</c>), which tells the scanner how to decide.</summary>
    public const string StreamType = "supervision-order";

    public static void Register(EventTypes types) => types
        .Register<SupervisionOrderIssued>("procuratorate.supervision-order-issued.v1")
        .Register<SupervisionOrderServed>("procuratorate.supervision-order-served.v1")
        .Register<SupervisionCheckInRecorded>("procuratorate.supervision-check-in-recorded.v1")
        .Register<SupervisionCheckInOverdue>("procuratorate.supervision-check-in-overdue.v1")
        .Register<SupervisionOrderCompleted>("procuratorate.supervision-order-completed.v1")
        .Register<SupervisionOrderEscalated>("procuratorate.supervision-order-escalated.v1");
}

using ChildProtection.Police.Instruments;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Police.GuidanceOrders;

/// <summary>
/// 责令接受家庭教育指导 The police ordered a guardian to receive family-education guidance (Minors Protection Law art. 118;
/// Family Education Promotion Law art. 49): the provider, the number of sessions, the date by which to finish.
/// </summary>
public sealed record GuidanceOrdered(Guid OrderId, Guid CaseId, Guid? AdmonitionId, Guid? ChildId, string RegionCode, NamedGuardian Guardian,
    string Provider, int Sessions, DateOnly DueOn, DateTimeOffset DueAt, DateTimeOffset OrderedAt, string By) : IInstrumentIssued
{
    Guid IInstrumentIssued.InstrumentId => OrderId;
    string IInstrumentIssued.InstrumentKind => InstrumentKinds.GuidanceOrder;
    string IInstrumentIssued.InstrumentStatus => GuidanceOrder.Ordered;
    string? IInstrumentIssued.NamedPerson => Guardian.Name;
    DateTimeOffset IInstrumentIssued.IssuedAt => OrderedAt;
    DateTimeOffset? IInstrumentIssued.DueAt => DueAt;
}

/// <summary>The guardian completed the guidance.</summary>
public sealed record GuidanceCompleted(Guid OrderId, Guid CaseId, Guid? ChildId, string RegionCode, int SessionsAttended, DateOnly CompletedOn,
    DateTimeOffset RecordedAt, string By) : IInstrumentChanged
{
    Guid IInstrumentChanged.InstrumentId => OrderId;
    string IInstrumentChanged.InstrumentStatus => GuidanceOrder.Completed;
    bool IInstrumentChanged.StopsClock => true;
}

/// <summary>The guardian refused the guidance (the court may then issue a family-education guidance order, 家庭教育指导令).</summary>
public sealed record GuidanceRefused(Guid OrderId, Guid CaseId, Guid? ChildId, string RegionCode, string Reason, DateOnly RefusedOn, DateTimeOffset RecordedAt,
    string By) : IInstrumentChanged
{
    Guid IInstrumentChanged.InstrumentId => OrderId;
    string IInstrumentChanged.InstrumentStatus => GuidanceOrder.Refused;
    bool IInstrumentChanged.StopsClock => true;
}

/// <summary>The refusal was referred to the court for a family-education guidance order.</summary>
public sealed record GuidanceRefusalReferredToCourt(Guid OrderId, Guid CaseId, Guid? ChildId, string RegionCode, string Court, DateTimeOffset ReferredAt,
    string By) : IInstrumentChanged
{
    Guid IInstrumentChanged.InstrumentId => OrderId;
    string IInstrumentChanged.InstrumentStatus => GuidanceOrder.ReferredToCourt;
    bool IInstrumentChanged.StopsClock => true;
}

/// <summary>The due date passed with the guidance neither completed nor refused (emitted once by the deadline scanner).</summary>
public sealed record GuidanceOverdue(Guid OrderId, Guid CaseId, Guid? ChildId, string RegionCode, DateOnly DueOn, DateTimeOffset DetectedAt) : IInstrumentOverdue
{
    Guid IInstrumentOverdue.InstrumentId => OrderId;
}

/// <summary>An order to receive family-education guidance: ordered → completed, or refused → referred to the court.</summary>
public sealed record GuidanceOrder(Guid Id, Guid CaseId, Guid? AdmonitionId, Guid? ChildId, string RegionCode, NamedGuardian Guardian,
    string Provider, int Sessions, DateOnly DueOn, DateTimeOffset DueAt, DateTimeOffset OrderedAt, string Status, bool Overdue = false,
    int? SessionsAttended = null, DateOnly? CompletedOn = null, string? RefusalReason = null, DateOnly? RefusedOn = null, string? Court = null)
{
    public const string Ordered = "ordered";
    public const string Completed = "completed";
    public const string Refused = "refused";
    public const string ReferredToCourt = "referred-to-court";

    public static GuidanceOrder? Evolve(GuidanceOrder? state, object @event) => (state, @event) switch
    {
        (null, GuidanceOrdered e) => new GuidanceOrder(e.OrderId, e.CaseId, e.AdmonitionId, e.ChildId, e.RegionCode, e.Guardian, e.Provider,
            e.Sessions, e.DueOn, e.DueAt, e.OrderedAt, Ordered),
        ({ } s, GuidanceCompleted e) => s with { Status = Completed, SessionsAttended = e.SessionsAttended, CompletedOn = e.CompletedOn },
        ({ } s, GuidanceRefused e) => s with { Status = Refused, RefusalReason = e.Reason, RefusedOn = e.RefusedOn },
        ({ } s, GuidanceRefusalReferredToCourt e) => s with { Status = ReferredToCourt, Court = e.Court },
        ({ } s, GuidanceOverdue) => s with { Overdue = true },
        _ => state,
    };

    /// <summary>What the command step needs: the fold, the jurisdiction, the audit subject (the child).</summary>
    public static readonly StreamKind<GuidanceOrder> Kind = new("guidance order", Evolve, o => o.RegionCode);

    public static EventTypes Register(EventTypes types) => types
        .Register<GuidanceOrdered>("police.guidance-ordered.v1")
        .Register<GuidanceCompleted>("police.guidance-completed.v1")
        .Register<GuidanceRefused>("police.guidance-refused.v1")
        .Register<GuidanceRefusalReferredToCourt>("police.guidance-refusal-referred-to-court.v1")
        .Register<GuidanceOverdue>("police.guidance-overdue.v1");

    public static object View(GuidanceOrder o, long version) => new
    {
        o.Id, o.CaseId, o.AdmonitionId, o.ChildId, o.RegionCode, o.Guardian, o.Provider, o.Sessions, o.DueOn, o.DueAt, o.OrderedAt,
        o.Status, o.Overdue, o.SessionsAttended, o.CompletedOn, o.RefusalReason, o.RefusedOn, o.Court, Version = version,
    };
}

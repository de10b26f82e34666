using ChildProtection.Police.Instruments;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Police.EmergencyPlacements;

/// <summary>
/// A child seriously injured, threatened or without care: the police asked civil affairs to place the child
/// (Anti-Domestic Violence Law art. 15; civil affairs' temporary guardianship, docs/domain.md §8).
/// </summary>
public sealed record PlacementRequested(Guid RequestId, Guid CaseId, Guid? ChildId, string RegionCode, IReadOnlyList<string> Grounds,
    string CivilAffairsUnit, string? Whereabouts, DateTimeOffset RequestedAt, string By) : IInstrumentIssued
{
    Guid IInstrumentIssued.InstrumentId => RequestId;
    string IInstrumentIssued.InstrumentKind => InstrumentKinds.EmergencyPlacement;
    string IInstrumentIssued.InstrumentStatus => EmergencyPlacement.Requested;
    string? IInstrumentIssued.NamedPerson => null;
    DateTimeOffset IInstrumentIssued.IssuedAt => RequestedAt;
    DateTimeOffset? IInstrumentIssued.DueAt => null;
}

/// <summary>The police handed the child over to civil affairs (who record the guardianship and placement in the registry).</summary>
public sealed record ChildHandedOver(Guid RequestId, Guid CaseId, string Placement, DateTimeOffset HandedOverAt, string By) : IInstrumentChanged
{
    Guid IInstrumentChanged.InstrumentId => RequestId;
    string IInstrumentChanged.InstrumentStatus => EmergencyPlacement.HandedOver;
    bool IInstrumentChanged.StopsClock => true;
}

/// <summary>The request was withdrawn before a hand-over (e.g. a relative took the child in at once).</summary>
public sealed record PlacementRequestWithdrawn(Guid RequestId, Guid CaseId, string Reason, DateTimeOffset WithdrawnAt, string By) : IInstrumentChanged
{
    Guid IInstrumentChanged.InstrumentId => RequestId;
    string IInstrumentChanged.InstrumentStatus => EmergencyPlacement.Withdrawn;
    bool IInstrumentChanged.StopsClock => true;
}

/// <summary>An emergency placement request: requested → handed over, or withdrawn.</summary>
public sealed record EmergencyPlacement(Guid Id, Guid CaseId, Guid? ChildId, string RegionCode, IReadOnlyList<string> Grounds,
    string CivilAffairsUnit, string? Whereabouts, DateTimeOffset RequestedAt, string Status, string? Placement = null, string? WithdrawalReason = null,
    DateTimeOffset? EndedAt = null)
{
    public const string Requested = "requested";
    public const string HandedOver = "handed-over";
    public const string Withdrawn = "withdrawn";

    public static readonly string[] GroundCodes = ["seriously-injured", "threatened", "without-care"];

    /// <summary>Where civil affairs placed the child (the registry's placements).</summary>
    public static readonly string[] Placements = ["relatives", "foster-family", "rescue-protection-institution", "child-welfare-institution"];

    public static EmergencyPlacement? Evolve(EmergencyPlacement? state, object @event) => (state, @event) switch
    {
        (null, PlacementRequested e) => new EmergencyPlacement(e.RequestId, e.CaseId, e.ChildId, e.RegionCode, e.Grounds, e.CivilAffairsUnit,
            e.Whereabouts, e.RequestedAt, Requested),
        ({ } s, ChildHandedOver e) => s with { Status = HandedOver, Placement = e.Placement, EndedAt = e.HandedOverAt },
        ({ } s, PlacementRequestWithdrawn e) => s with { Status = Withdrawn, WithdrawalReason = e.Reason, EndedAt = e.WithdrawnAt },
        _ => state,
    };

    /// <summary>What the command step needs: the fold, the jurisdiction, the audit subject (the child).</summary>
    public static readonly StreamKind<EmergencyPlacement> Kind = new("emergency placement", Evolve, p => p.RegionCode);

    public static EventTypes Register(EventTypes types) => types
        .Register<PlacementRequested>("police.emergency-placement-requested.v1")
        .Register<ChildHandedOver>("police.emergency-placement-handed-over.v1")
        .Register<PlacementRequestWithdrawn>("police.emergency-placement-withdrawn.v1");

    public static object View(EmergencyPlacement p, long version) => new
    {
        p.Id, p.CaseId, p.ChildId, p.RegionCode, p.Grounds, p.CivilAffairsUnit, p.Whereabouts, p.RequestedAt, p.Status, p.Placement,
        p.WithdrawalReason, p.EndedAt, Version = version,
    };
}

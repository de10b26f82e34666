using ChildProtection.Police.Instruments;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Police.Admonitions;

/// <summary>训诫 The police admonished a guardian who fails the child (Minors Protection Law art. 118).</summary>
public sealed record GuardianAdmonished(Guid AdmonitionId, Guid CaseId, Guid? ChildId, string RegionCode, NamedGuardian Guardian,
    IReadOnlyList<string> Grounds, string Statement, DateTimeOffset AdmonishedAt, string By) : IInstrumentIssued
{
    Guid IInstrumentIssued.InstrumentId => AdmonitionId;
    string IInstrumentIssued.InstrumentKind => InstrumentKinds.Admonition;
    string IInstrumentIssued.InstrumentStatus => Admonition.Issued;
    string? IInstrumentIssued.NamedPerson => Guardian.Name;
    DateTimeOffset IInstrumentIssued.IssuedAt => AdmonishedAt;
    DateTimeOffset? IInstrumentIssued.DueAt => null;
}

/// <summary>The guardian signed the admonition (具结悔过), undertaking to fulfil the duties.</summary>
public sealed record AdmonitionAcknowledged(Guid AdmonitionId, DateTimeOffset AcknowledgedAt, string By) : IInstrumentChanged
{
    Guid IInstrumentChanged.InstrumentId => AdmonitionId;
    string IInstrumentChanged.InstrumentStatus => Admonition.Acknowledged;
    bool IInstrumentChanged.StopsClock => true;
}

/// <summary>An admonition: issued, then acknowledged by the guardian's signature.</summary>
public sealed record Admonition(Guid Id, Guid CaseId, Guid? ChildId, string RegionCode, NamedGuardian Guardian, IReadOnlyList<string> Grounds,
    string Statement, DateTimeOffset AdmonishedAt, string By, DateTimeOffset? AcknowledgedAt = null)
{
    public const string Issued = "issued";
    public const string Acknowledged = "acknowledged";

    /// <summary>Why a guardian is admonished (Minors Protection Law art. 16–17 duties).</summary>
    public static readonly string[] GroundCodes =
    [
        "neglect", "leaving-child-without-care", "domestic-violence", "abuse", "failure-to-delegate-care", "truancy-tolerated",
        "exposure-to-harm", "other-failure-of-duty",
    ];

    public static Admonition? Evolve(Admonition? state, object @event) => (state, @event) switch
    {
        (null, GuardianAdmonished e) => new Admonition(e.AdmonitionId, e.CaseId, e.ChildId, e.RegionCode, e.Guardian, e.Grounds, e.Statement,
            e.AdmonishedAt, e.By),
        ({ } s, AdmonitionAcknowledged e) => s with { AcknowledgedAt = e.AcknowledgedAt },
        _ => state,
    };

    /// <summary>What the command step needs: the fold, the jurisdiction, the audit subject (the child).</summary>
    public static readonly StreamKind<Admonition> Kind = new("admonition", Evolve, a => a.RegionCode);

    public static EventTypes Register(EventTypes types) => types
        .Register<GuardianAdmonished>("police.guardian-admonished.v1")
        .Register<AdmonitionAcknowledged>("police.admonition-acknowledged.v1");
}

/// <summary>An admonition as an officer of its region sees it (the guardian's name in full).</summary>
public sealed record AdmonitionView(Guid Id, Guid CaseId, Guid? ChildId, string RegionCode, NamedGuardian Guardian, IReadOnlyList<string> Grounds,
    string Statement, string Status, DateTimeOffset AdmonishedAt, DateTimeOffset? AcknowledgedAt, long Version)
{
    public static object From(Admonition a, long version) => new AdmonitionView(a.Id, a.CaseId, a.ChildId, a.RegionCode, a.Guardian, a.Grounds,
        a.Statement, a.AcknowledgedAt is null ? Admonition.Issued : Admonition.Acknowledged, a.AdmonishedAt, a.AcknowledgedAt, version);
}

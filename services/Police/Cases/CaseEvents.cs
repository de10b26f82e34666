using ChildProtection.ServiceDefaults.EventSourcing;

namespace ChildProtection.Police.Cases;

/// <summary>
/// A police case was opened (受理立案前的审查 or a case at once): from an accepted mandatory report, a village committee's
/// report of a guardian failing the child (Minors Protection Law art. 118), or directly by an officer.
/// </summary>
public sealed record CaseOpened(Guid CaseId, string Source, Guid? ReportId, Guid? RoutingId, Guid? ChildId, string RegionCode,
    string Kind, IReadOnlyList<string> Situations, string? Urgency, string? Account, DateTimeOffset OpenedAt, string By);

/// <summary>The officer decided the case is administrative (行政案件) or criminal (刑事案件).</summary>
public sealed record CaseKindDecided(Guid CaseId, Guid? ChildId, string RegionCode, string Kind, DateTimeOffset DecidedAt, string By);

/// <summary>The case was identified as about a registered child after it opened (e.g. an unmatched report).</summary>
public sealed record CaseChildIdentified(Guid CaseId, Guid ChildId, DateTimeOffset IdentifiedAt, string By);

/// <summary>The case was transferred (移送) to another unit with the reason; it ends here.</summary>
public sealed record CaseTransferred(Guid CaseId, Guid? ReportId, Guid? RoutingId, Guid? ChildId, string RegionCode, string ToUnit, string Reason,
    DateTimeOffset TransferredAt, string By);

/// <summary>The case was referred to the procuratorate (移送检察机关) with its summary.</summary>
public sealed record CaseReferredToProcuratorate(Guid CaseId, Guid ReferralId, Guid? ChildId, string RegionCode,
    IReadOnlyList<string> Grounds, string Summary, DateTimeOffset ReferredAt, string By);

/// <summary>The case was closed with an outcome; <paramref name="Summary"/> is the reporter-safe line for the outcome.</summary>
public sealed record CaseClosed(Guid CaseId, Guid? ReportId, Guid? RoutingId, Guid? ChildId, string RegionCode, string Outcome, string Summary,
    DateTimeOffset ClosedAt, string By);

/// <summary>The stable names of the case events.</summary>
public static class CaseEventTypes
{
    public const string StreamType = "police-case";

    public static EventTypes Register(EventTypes types) => types
        .Register<CaseOpened>("police.case-opened.v1")
        .Register<CaseKindDecided>("police.case-kind-decided.v1")
        .Register<CaseChildIdentified>("police.case-child-identified.v1")
        .Register<CaseTransferred>("police.case-transferred.v1")
        .Register<CaseReferredToProcuratorate>("police.case-referred-to-procuratorate.v1")
        .Register<CaseClosed>("police.case-closed.v1");
}

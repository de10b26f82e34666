using ChildProtection.ServiceDefaults.EventSourcing;

namespace ChildProtection.Procuratorate.Cases;

/// <summary>How a case came to the procuratorate.</summary>
public static class CaseSources
{
    public const string PoliceReferral = "police-referral";
    public const string Clue = "clue";
    public const string Direct = "direct";
}

/// <summary>A procuratorate case was opened (the stream's first event).</summary>
/// <param name="ClueFrom">For a clue: the department that gave it.</param>
/// <param name="Summary">The facts as received (may name people: never logged, never published).</param>
public sealed record CaseOpened(Guid CaseId, string RegionCode, Guid? ChildId, string Source, Guid? ReferralId, Guid? PoliceCaseId,
    string? ClueFrom, IReadOnlyList<string> Grounds, string Summary, DateTimeOffset OpenedAt);

/// <summary>The case was closed with an outcome code and a note.</summary>
public sealed record CaseClosed(Guid CaseId, Guid? ChildId, string Outcome, string? Note, DateTimeOffset ClosedAt);

public static class CaseEventTypes
{
    public static void Register(EventTypes types) => types
        .Register<CaseOpened>("procuratorate.case-opened.v1")
        .Register<CaseClosed>("procuratorate.case-closed.v1");
}

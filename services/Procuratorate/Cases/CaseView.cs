namespace ChildProtection.Procuratorate.Cases;

/// <summary>A case as a prosecutor reads it.</summary>
public sealed record CaseView(Guid Id, string RegionCode, Guid? ChildId, string Source, Guid? ReferralId, Guid? PoliceCaseId, string? ClueFrom,
    IReadOnlyList<string> Grounds, string Summary, DateTimeOffset OpenedAt, string Status, string? Outcome, string? ClosingNote,
    DateTimeOffset? ClosedAt, long Version, IReadOnlyList<InstrumentSummary> Instruments)
{
    public static CaseView Of(ProcuratorateCase c, long version, IReadOnlyList<InstrumentSummary> instruments) => new(c.Id, c.RegionCode, c.ChildId,
        c.Source, c.ReferralId, c.PoliceCaseId, c.ClueFrom, c.Grounds, c.Summary, c.OpenedAt, c.Closed ? "closed" : "open", c.Outcome,
        c.ClosingNote, c.ClosedAt, version, instruments);
}

/// <summary>An instrument in a list: its kind and status, with the addressees masked (王**).</summary>
public sealed record InstrumentSummary(Guid Id, Guid CaseId, string Kind, string Status, string Addressee, DateOnly? DueOn, DateTimeOffset IssuedAt);

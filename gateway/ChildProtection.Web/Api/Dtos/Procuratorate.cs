namespace ChildProtection.Web.Api.Dtos;

public sealed record ProsecutionCaseItem(Guid Id, string RegionCode, Guid? ChildId, string Source, string Status, string? Outcome,
    DateTimeOffset OpenedAt, int Instruments);

public sealed record ProsecutionCase(Guid Id, string RegionCode, Guid? ChildId, string Source, Guid? ReferralId, Guid? PoliceCaseId,
    string? ClueFrom, IReadOnlyList<string> Grounds, string? Summary, DateTimeOffset OpenedAt, string Status, string? Outcome,
    string? ClosingNote, DateTimeOffset? ClosedAt, long Version, IReadOnlyList<ProsecutionInstrumentItem> Instruments);

public sealed record ProsecutionInstrumentItem(Guid Id, Guid CaseId, string Kind, string Status, string? Addressee, DateOnly? DueOn,
    DateTimeOffset? IssuedAt);

public sealed record SupervisionOrder(Guid Id, Guid CaseId, Guid? ChildId, string RegionCode, IReadOnlyList<string> Guardians, string Content,
    bool FamilyEducationGuidance, string Status, string? ServiceMethod, DateOnly? ServedOn, IReadOnlyList<CheckIn> CheckIns,
    string? EscalatedTo, string? ClosingNote, DateTimeOffset IssuedAt, long Version);

public sealed record CheckIn(int Sequence, DateOnly DueOn, DateOnly? CheckedOn, string? Evaluation, string? Notes, bool Overdue);

public sealed record ProcuratorialRecommendation(Guid Id, Guid CaseId, string Unit, string Content, bool Urgent, DateOnly ReplyDue,
    string Status, RecommendationReply? Reply, string? EscalatedTo, DateTimeOffset IssuedAt, long Version);

public sealed record RecommendationReply(DateOnly ReceivedOn, string Adequacy, string? Summary, bool Late);

namespace ChildProtection.Web.Api.Dtos;

/// <summary>A page of <c>GET /api/registry/children</c> (names masked outside civil affairs).</summary>
public sealed record ChildrenPage(IReadOnlyList<ChildListItem> Items, int Page, int PageSize, long Total);

public sealed record ChildListItem(Guid Id, string Name, bool NameMasked, string Gender, DateOnly BirthDate, string RegionCode,
    string Household, IReadOnlyList<string> Categories, Guid? DirectorId, long Version);

/// <summary><c>GET /api/registry/children/{id}</c>: facts, computed categories with reasons, the care-agreement check.</summary>
public sealed record ChildView(Guid Id, string Name, bool NameMasked, string Gender, DateOnly BirthDate, int Age, string RegionCode,
    string Household, string? School, MaskedValue? NationalId, ParentsView Parents, IReadOnlyList<GuardianView> Guardians, CarerView? Carer,
    IReadOnlyList<RiskFactorView> RiskFactors, IReadOnlyList<HardshipView> FamilyHardships, IReadOnlyList<HarmView> Harms,
    GuardianshipView Guardianship, IReadOnlyList<AssessmentView> Assessments, Guid? DirectorId, IReadOnlyList<CategoryView> Categories,
    CareAgreementCheck CareAgreement, int OpenProblems, DateOnly? NextCategoryReview, long Version, MaskedValue? HomeAddress);

public sealed record MaskedValue(string Value, bool Masked);

public sealed record ParentsView(ParentSituationView? Father, ParentSituationView? Mother);

public sealed record ParentSituationView(string Kind, DateOnly Since, DateOnly? ExpectedEnd, DisabilityView? Disability);

public sealed record DisabilityView(string Type, int Grade);

public sealed record GuardianView(Guid GuardianId, string Name, string Relation, DateOnly Since);

public sealed record CarerView(string Name, string Relation, bool DirectRelative, AgreementView Agreement, IReadOnlyList<string> UnfitFlags,
    DateOnly Since, IReadOnlyList<string> Warnings);

public sealed record AgreementView(bool Signed, DateOnly? SignedOn);

public sealed record RiskFactorView(string Code, string? Label, DisabilityView? Disability, DateOnly Since, bool Derived);

public sealed record HardshipView(string Kind, string? Evidence, DateOnly Since);

public sealed record HarmView(Guid HarmId, string Kind, DateOnly OccurredOn, string? Description, DateOnly? ResolvedOn);

public sealed record GuardianshipView(string Status, string? Placement, string? AppointedGuardian, string? Basis, DateOnly Since);

public sealed record AssessmentView(DateOnly AssessedOn, string RiskLevel, string Recommendation, string? Summary);

public sealed record CategoryView(string Code, IReadOnlyList<string> Reasons, DateOnly Since);

public sealed record CareAgreementCheck(bool Required, bool Signed, bool Compliant, string? PackId, IReadOnlyList<CareAgreementRule> Rules);

public sealed record CareAgreementRule(string Rule, bool Applies, string? Source);

/// <summary>409 of a registration that resembles files already kept: the candidates, to confirm it is another child.</summary>
public sealed record DuplicateCandidate(Guid Id, string? Name, string? RegionCode, DateOnly? BirthDate, double? Score);

/// <summary><c>GET /api/registry/children/{id}/file</c>: the timeline of every department's events.</summary>
public sealed record ChildFile(Guid ChildId, IReadOnlyList<FileEntry> Entries, int? Page, int? PageSize, long? Total);

public sealed record FileEntry(long Position, DateTimeOffset OccurredAt, string Source, string Type, string? Summary, string? RecordedBy);

public sealed record DirectorItem(Guid Id, string Name, string? Phone, string VillageCode, bool Active, DateOnly? AppointedOn);

public sealed record SupervisorItem(Guid Id, string Name, string? Phone, string TownshipCode, bool Active);

/// <summary>A spot check of a county's files (<c>POST/GET /api/registry/spot-checks</c>).</summary>
public sealed record SpotCheckReport(Guid Id, string CountyCode, int Year, IReadOnlyList<SpotCheckFile>? Files, long? Version);

public sealed record SpotCheckFile(Guid ChildId, bool Checked);

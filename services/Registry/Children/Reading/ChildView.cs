using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Facts;

namespace ChildProtection.Registry.Children.Reading;

/// <summary>A child's file as the API shows it: facts, computed categories, compliance checks. Masked by default.</summary>
public sealed record ChildView(
    Guid Id, string Name, bool NameMasked, string Gender, DateOnly BirthDate, int Age, string RegionCode, string Household,
    string? School, NationalIdView? NationalId, ParentsView Parents, IReadOnlyList<GuardianView> Guardians, CarerView? Carer,
    IReadOnlyList<RiskFactorView> RiskFactors, IReadOnlyList<FamilyHardship> FamilyHardships, IReadOnlyList<HarmRecord> Harms,
    Guardianship Guardianship, IReadOnlyList<GuardianshipAssessment> Assessments, Guid? DirectorId,
    IReadOnlyList<CategoryView> Categories, CareAgreementCheck CareAgreement, int OpenProblems, DateOnly? NextCategoryReview,
    long Version, DateTimeOffset RegisteredAt, AddressView? HomeAddress = null);

/// <summary>The home address: the village code and <c>****</c> unless the caller's duty needs it and asked for it.</summary>
public sealed record AddressView(string Value, bool Masked);

/// <summary>The ID number, masked unless the caller's duty needs it and asked for it.</summary>
public sealed record NationalIdView(string Value, bool Masked);

public sealed record ParentsView(ParentSituation? Father, ParentSituation? Mother);

public sealed record GuardianView(Guid GuardianId, string Name, string Relation, DateOnly Since);

/// <summary>The delegated carer with what the law says about them (Minors Protection Law art. 22).</summary>
public sealed record CarerView(string Name, CarerRelation Relation, bool DirectRelative, CareAgreement Agreement,
    IReadOnlyList<UnfitCarerFlag> UnfitFlags, DateOnly Since, IReadOnlyList<string> Warnings);

public sealed record RiskFactorView(string Code, string? Label, Disability? Disability, DateOnly Since, bool Derived);

/// <summary>A category with the reasons it holds and since when.</summary>
public sealed record CategoryView(string Code, IReadOnlyList<string> Reasons, DateOnly Since);

/// <summary>A child as a list shows it (from the read model).</summary>
public sealed record ChildListItem(Guid Id, string Name, bool NameMasked, string Gender, DateOnly BirthDate, string RegionCode,
    string Household, IReadOnlyList<string> Categories, Guid? DirectorId, long Version, DateTimeOffset RegisteredAt);

/// <summary>A page of children.</summary>
public sealed record ChildPage(IReadOnlyList<ChildListItem> Items, int Page, int PageSize, long Total);

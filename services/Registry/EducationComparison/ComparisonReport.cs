namespace ChildProtection.Registry.EducationComparison;

/// <summary>The answer of a comparison with a school enrolment list (数据比对). Names are always masked.</summary>
public sealed record ComparisonReport(string Region, DateOnly ComparedOn, ComparisonTotals Totals,
    IReadOnlyList<PossibleDropout> PossibleDropouts, IReadOnlyList<PossiblyInCategory> PossiblyInCategory,
    IReadOnlyList<UncertainMatch> Uncertain, IReadOnlyList<InvalidEnrolment> InvalidRows);

/// <summary>The counts of a comparison.</summary>
/// <param name="Rows">Data rows in the file.</param>
/// <param name="OutsideRegion">Rows whose village is outside the compared region (not compared).</param>
/// <param name="Matched">Rows matched to a registered child in the region.</param>
/// <param name="RegisteredElsewhere">Rows whose ID number belongs to a child registered outside the region.</param>
/// <param name="NotRegistered">Rows with no registered child at all.</param>
/// <param name="SchoolAgeChildrenInCategories">Registered children of the region aged 6 to 15 in any category: those compared for dropouts.</param>
public sealed record ComparisonTotals(int Rows, int Invalid, int OutsideRegion, int Matched, int RegisteredElsewhere, int Uncertain,
    int NotRegistered, int PossiblyInCategory, int SchoolAgeChildrenInCategories, int PossibleDropouts);

/// <summary>A registered child of compulsory-education age in a category who is not on the enrolment list: 控辍保学 follow-up.</summary>
public sealed record PossibleDropout(Guid ChildId, string Name, string VillageCode, int Age, IReadOnlyList<string> Categories);

/// <summary>An enrolled pupil with no registry file whose school ledger suggests a category.</summary>
public sealed record PossiblyInCategory(int Row, string Name, string? VillageCode, string? School, string? Grade, string Reason);

/// <summary>A row that resembles registered children without matching one for certain: check by hand.</summary>
public sealed record UncertainMatch(int Row, string Name, IReadOnlyList<Guid> Candidates, string Reason);

/// <summary>A row that could not be compared.</summary>
public sealed record InvalidEnrolment(int Row, IReadOnlyDictionary<string, string[]> Errors);

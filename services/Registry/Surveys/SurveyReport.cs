namespace ChildProtection.Registry.Surveys;

/// <summary>What happened to each row of a survey file.</summary>
public static class SurveyOutcomes
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Unchanged = "unchanged";
    public const string Invalid = "invalid";
    public const string PossibleDuplicate = "possible-duplicate";
    public const string OutsideJurisdiction = "outside-jurisdiction";
    /// <summary>The child's file changed under the import twice in a row; upload the row again.</summary>
    public const string Conflict = "conflict";

    public static IReadOnlyList<string> All { get; } = [Created, Updated, Unchanged, Invalid, PossibleDuplicate, OutsideJurisdiction, Conflict];
}

/// <summary>One row's outcome. Names and ID numbers are never echoed: the row number identifies the row.</summary>
/// <param name="Changes">The facts stored (or, in a dry run, that would be): <c>registered</c>, <c>father</c>, <c>carer</c> …</param>
/// <param name="Categories">The child's categories after the row.</param>
/// <param name="DuplicateOfRow">The earlier row of the same file that holds the same child.</param>
/// <param name="Candidates">Registered children in the caller's jurisdiction this row may be.</param>
public sealed record SurveyRowResult(int Row, string Outcome, Guid? ChildId = null, IReadOnlyDictionary<string, string[]>? Errors = null,
    IReadOnlyList<string>? Changes = null, IReadOnlyList<string>? Categories = null, int? DuplicateOfRow = null,
    IReadOnlyList<Guid>? Candidates = null, string? Detail = null);

/// <summary>The import's answer: every row's outcome and the totals per outcome.</summary>
/// <param name="IgnoredColumns">Header columns the import does not know (check them for typing errors).</param>
public sealed record SurveyReport(bool DryRun, int Rows, IReadOnlyDictionary<string, int> Totals, IReadOnlyList<string> IgnoredColumns,
    IReadOnlyList<SurveyRowResult> Results)
{
    public static SurveyReport Of(bool dryRun, IReadOnlyList<string> ignoredColumns, IReadOnlyList<SurveyRowResult> results) =>
        new(dryRun, results.Count, SurveyOutcomes.All.ToDictionary(o => o, o => results.Count(r => r.Outcome == o)), ignoredColumns, results);
}

using ChildProtection.Registry.Surveys;

namespace ChildProtection.Registry.Tests.Surveys;

/// <summary>Survey rows for tests: a rural Benxi child, 9 years old, with whatever facts the test adds.</summary>
public sealed class SurveyFile(DateOnly today)
{
    public const string Village = "210521100200";
    public static readonly IReadOnlyList<string> Header = [.. SurveyColumns.Columns.All];

    public DateOnly Today { get; } = today;
    public DateOnly Birth { get; } = today.AddYears(-9).AddDays(-20);

    public Dictionary<string, string?> Child(string? name = null, string village = Village, string? nationalId = null) => new()
    {
        ["name"] = name ?? RegistryClient.UniqueName(), ["gender"] = "male", ["birthDate"] = Birth.Iso(), ["nationalId"] = nationalId,
        ["villageCode"] = village, ["household"] = "rural",
    };

    public Dictionary<string, string?> LeftBehind(string? name = null, string? nationalId = null)
    {
        var row = Child(name, nationalId: nationalId);
        row["fatherSituation"] = "working-away";
        row["fatherSince"] = Today.AddYears(-2).Iso();
        row["motherSituation"] = "working-away";
        row["motherSince"] = Today.AddYears(-1).Iso();
        row["carerName"] = "王秀英";
        row["carerRelation"] = "paternal-grandparent";
        row["carerSince"] = Today.AddYears(-2).Iso();
        row["careAgreementSigned"] = "是";
        row["careAgreementSignedOn"] = Today.AddYears(-1).Iso();
        return row;
    }

    public string Csv(params IReadOnlyDictionary<string, string?>[] rows) => CsvClient.Csv(Header, rows);
}

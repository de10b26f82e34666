using ChildProtection.Registry.Csv;

namespace ChildProtection.Registry.Surveys;

/// <summary>The columns of a full-survey file (摸底排查表); README.md beside this file describes each.</summary>
public static class SurveyColumns
{
    public const string Name = "name";
    public const string Gender = "gender";
    public const string BirthDate = "birthDate";
    public const string NationalId = "nationalId";
    public const string VillageCode = "villageCode";
    public const string Household = "household";
    public const string School = "school";
    public const string CarerName = "carerName";
    public const string CarerRelation = "carerRelation";
    public const string CarerDirectRelative = "carerDirectRelative";
    public const string CarerSince = "carerSince";
    public const string CarerUnfitFlags = "carerUnfitFlags";
    public const string CareAgreementSigned = "careAgreementSigned";
    public const string CareAgreementSignedOn = "careAgreementSignedOn";
    public const string RiskFactors = "riskFactors";
    public const string RiskFactorsSince = "riskFactorsSince";
    public const string ChildDisabilityType = "childDisabilityType";
    public const string ChildDisabilityGrade = "childDisabilityGrade";

    /// <summary>The parent columns: <c>fatherSituation</c>, <c>motherSince</c> …</summary>
    public static string Parent(string parent, string field) => parent + char.ToUpperInvariant(field[0]) + field[1..];

    private static readonly string[] Parents = ["father", "mother"];

    public static CsvColumns Columns { get; } = new(
        [
            Name, Gender, BirthDate, NationalId, VillageCode, Household, School,
            .. Parents.SelectMany(p => new[] { Parent(p, "situation"), Parent(p, "since"), Parent(p, "expectedEnd") }),
            CarerName, CarerRelation, CarerDirectRelative, CarerSince, CareAgreementSigned, CareAgreementSignedOn,
            RiskFactors, RiskFactorsSince,
        ],
        [
            .. Parents.SelectMany(p => new[] { Parent(p, "disabilityType"), Parent(p, "disabilityGrade") }),
            CarerUnfitFlags, ChildDisabilityType, ChildDisabilityGrade,
        ]);
}

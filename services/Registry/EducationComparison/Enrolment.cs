using System.Globalization;
using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Csv;
using ChildProtection.Registry.Privacy;

namespace ChildProtection.Registry.EducationComparison;

/// <summary>A pupil on a school's enrolment list (学籍) with the school's own 留守 ledger marks; null = the school did not say.</summary>
/// <param name="NationalId">The normalised ID number, when the school gave one.</param>
public sealed record Enrolment(int Row, string Name, Gender? Gender, DateOnly BirthDate, string? NationalId, string? School, string? Grade,
    string? VillageCode, Household? Household, bool? FatherAway, bool? MotherAway)
{
    /// <summary>The columns of an enrolment list; README.md beside this file describes them.</summary>
    public static CsvColumns Columns { get; } = new(
        ["name", "gender", "birthDate", "school", "grade", "villageCode", "household", "fatherAway", "motherAway"], ["nationalId"]);

    /// <summary>Reads a row; errors per column when it cannot be compared (a name and a valid birth date are the least).</summary>
    public static (Enrolment? Enrolment, Dictionary<string, string[]> Errors) Read(CsvRecord row, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (row.Error is { } unreadable) return (null, new() { ["row"] = [unreadable] });
        var name = InputDates.Text(row["name"], "name", errors, 50);
        var birth = InputDates.Parse(row["birthDate"], "birthDate", errors, today);
        var gender = Codes.Parse<Gender>(row["gender"], "gender", errors, required: false);
        var household = Codes.Parse<Household>(row["household"], "household", errors, required: false);
        var village = row["villageCode"];
        if (village is not null && (village.Length != 12 || !village.All(char.IsAsciiDigit)))
            errors["villageCode"] = ["Region code must be the 12-digit statistical code of a village or community."];
        var nationalId = NationalIdNumber.Normalize(row["nationalId"]);
        if (nationalId is not null && NationalIdNumber.Validate(nationalId) is { } problem) errors["nationalId"] = [problem];
        else if (nationalId is not null && birth is { } b && NationalIdNumber.BirthDate(nationalId) != b)
            errors["nationalId"] = ["The birth date in the national ID number differs from the birth date given."];
        var school = InputDates.Text(row["school"], "school", errors, 100, required: false);
        var grade = InputDates.Text(row["grade"], "grade", errors, 50, required: false);
        var fatherAway = CsvCells.Boolean(row["fatherAway"], "fatherAway", errors);
        var motherAway = CsvCells.Boolean(row["motherAway"], "motherAway", errors);
        return errors.Count > 0
            ? (null, errors)
            : (new Enrolment(row.Row, name!, gender, birth!.Value, nationalId, school, grade, village, household, fatherAway, motherAway), errors);
    }

    /// <summary>Why the pupil may be a rural left-behind child (DOMAIN §2), or null. Only a survey can tell.</summary>
    public string? LeftBehindHint(DateOnly today)
    {
        if (Household == Children.Household.Urban || Age(today) >= Children.Categories.CategoryRules.LeftBehindAgeLimit) return null;
        var household = Household is null ? "household not given" : "rural household";
        return (FatherAway, MotherAway) switch
        {
            (true, true) => $"both parents away from home, {household}: possible rural left-behind child; survey needed",
            (true, _) => $"father away from home, {household}: possible rural left-behind child if the mother cannot care for the child; survey needed",
            (_, true) => $"mother away from home, {household}: possible rural left-behind child if the father cannot care for the child; survey needed",
            _ => null,
        };
    }

    public int Age(DateOnly today) => Children.Reading.ChildViews.Age(BirthDate, today);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"enrolment row {Row}");
}

using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Children.RecordingParents;
using ChildProtection.Registry.Csv;
using Col = ChildProtection.Registry.Surveys.SurveyColumns;

namespace ChildProtection.Registry.Surveys;

/// <summary>
/// Validates a survey row with the API's own validators (<see cref="ChildDetailsInput.Validate"/>,
/// <see cref="RecordParentSituation.Validate"/>, and for carer and risk factors <see cref="SurveyCareAndRisks"/>), so a
/// row is valid exactly when the same data sent through the API would be. Errors are keyed by the CSV column.
/// </summary>
public static class SurveyRowValidator
{
    public static (SurveyFacts? Facts, Dictionary<string, string[]> Errors) Validate(CsvRecord row, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (row.Error is { } unreadable)
        {
            errors["row"] = [unreadable];
            return (null, errors);
        }
        var (identity, identityErrors) = new ChildDetailsInput(row[Col.Name], row[Col.Gender], row[Col.BirthDate], row[Col.VillageCode], row[Col.Household],
            row[Col.School], row[Col.NationalId]).Validate(today);
        Merge(errors, identityErrors, field => field == "regionCode" ? Col.VillageCode : field);
        var father = ParentOf(row, "father", today, errors);
        var mother = ParentOf(row, "mother", today, errors);
        var carer = SurveyCareAndRisks.Carer(row, today, errors);
        var risks = SurveyCareAndRisks.Risks(row, today, errors);
        if (identity is not null)
        {
            var born = new Child(Guid.Empty, identity.Details, default);
            Merge(errors, InputDates.NotBeforeBirth(born, (Col.CarerSince, carer?.Since), (Col.CareAgreementSignedOn, carer?.Agreement.SignedOn),
                (Col.RiskFactorsSince, risks.Count > 0 ? risks[0].Since : null)), field => field);
        }
        return errors.Count > 0 ? (null, errors) : (new SurveyFacts(identity!, father, mother, carer, risks), errors);
    }

    private static ParentSituation? ParentOf(CsvRecord row, string parent, DateOnly today, Dictionary<string, string[]> errors)
    {
        string Column(string field) => Col.Parent(parent, field);
        string?[] cells = [row[Column("situation")], row[Column("since")], row[Column("expectedEnd")],
            row[Column("disabilityType")], row[Column("disabilityGrade")]];
        if (cells.All(c => c is null)) return null;
        var disability = cells[3] is null && cells[4] is null ? null : new DisabilityInput(cells[3], CsvCells.Integer(cells[4]));
        var local = new Dictionary<string, string[]>();
        var situation = RecordParentSituation.Validate(new ParentSituationInput(cells[0], cells[1], cells[2], disability), today, local);
        Merge(errors, local, field => field switch
        {
            "disability" or "disability.type" => Column("disabilityType"),
            "disability.grade" => Column("disabilityGrade"),
            _ => Column(field),
        });
        return situation;
    }

    /// <summary>Adds <paramref name="source"/>'s errors under the CSV column names, keeping messages already there.</summary>
    public static void Merge(Dictionary<string, string[]> target, IDictionary<string, string[]> source, Func<string, string> column)
    {
        foreach (var (field, messages) in source)
        {
            var key = column(field);
            target[key] = [.. (target.GetValueOrDefault(key) ?? []).Concat(messages).Distinct()];
        }
    }
}

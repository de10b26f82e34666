using ChildProtection.Registry.Children.DelegatingCare;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Children.FlaggingRisks;
using ChildProtection.Registry.Children.RecordingParents;
using ChildProtection.Registry.Csv;
using Col = ChildProtection.Registry.Surveys.SurveyColumns;

namespace ChildProtection.Registry.Surveys;

/// <summary>The delegated carer and the risk factors of a survey row, through <see cref="DelegateCare.Validate"/> and <see cref="RiskFactors.Validate"/>.</summary>
public static class SurveyCareAndRisks
{
    private static readonly string[] CarerCells = [Col.CarerName, Col.CarerRelation, Col.CarerDirectRelative, Col.CarerSince, Col.CareAgreementSigned, Col.CareAgreementSignedOn, Col.CarerUnfitFlags];

    /// <summary>The carer, or null when the row names none (every carer cell empty) or it is invalid.</summary>
    public static DelegatedCarer? Carer(CsvRecord row, DateOnly today, Dictionary<string, string[]> errors)
    {
        if (CarerCells.All(c => row[c] is null)) return null;
        var local = new Dictionary<string, string[]>();
        var direct = CsvCells.Boolean(row[Col.CarerDirectRelative], "directRelative", local);
        var signed = CsvCells.Boolean(row[Col.CareAgreementSigned], "agreement.signed", local);
        var agreement = signed is null && row[Col.CareAgreementSignedOn] is null ? null : new CareAgreementInput(signed == true, row[Col.CareAgreementSignedOn]);
        var carer = DelegateCare.Validate(new CarerInput(row[Col.CarerName], row[Col.CarerRelation], direct, agreement,
            [.. CsvCells.List(row[Col.CarerUnfitFlags])], row[Col.CarerSince]), today, local);
        SurveyRowValidator.Merge(errors, local, field => field switch
        {
            "name" => Col.CarerName,
            "relation" => Col.CarerRelation,
            "directRelative" => Col.CarerDirectRelative,
            "since" => Col.CarerSince,
            "unfitFlags" => Col.CarerUnfitFlags,
            "agreement.signed" => Col.CareAgreementSigned,
            "agreement.signedOn" => Col.CareAgreementSignedOn,
            _ => field,
        });
        return carer;
    }

    /// <summary>
    /// The risk factors: <c>riskFactors</c> lists codes separated by semicolons, a free-form one as <c>code:label</c>; all
    /// share <c>riskFactorsSince</c>; a child's disability takes its type and grade from <c>childDisabilityType/Grade</c>.
    /// </summary>
    public static IReadOnlyList<RiskFactor> Risks(CsvRecord row, DateOnly today, Dictionary<string, string[]> errors)
    {
        var items = CsvCells.List(row[Col.RiskFactors]).Select(item => item.Split(':', 2, StringSplitOptions.TrimEntries)).ToList();
        var type = row[Col.ChildDisabilityType];
        var grade = row[Col.ChildDisabilityGrade];
        var disability = type is null && grade is null ? null : new DisabilityInput(type, CsvCells.Integer(grade));
        if (disability is not null && !items.Any(i => i[0] == RiskFactorCodes.ChildDisability))
            errors[Col.ChildDisabilityType] = ["A disability type and grade belong to the child-disability risk factor: add child-disability to riskFactors."];

        var factors = new List<RiskFactor>();
        foreach (var item in items)
        {
            var local = new Dictionary<string, string[]>();
            var code = item[0];
            var factor = RiskFactors.Validate(new RiskFactorInput(code, item.Length > 1 ? item[1] : null,
                code == RiskFactorCodes.ChildDisability ? disability : null, row[Col.RiskFactorsSince]), today, local);
            // The code's own errors name the code, since one cell lists several.
            var named = local.ToDictionary(e => e.Key, e => e.Key is "code" or "label" ? e.Value.Select(m => $"'{code}': {m}").ToArray() : e.Value);
            SurveyRowValidator.Merge(errors, named, field => field switch
            {
                "since" => Col.RiskFactorsSince,
                "disability" or "disability.type" => Col.ChildDisabilityType,
                "disability.grade" => Col.ChildDisabilityGrade,
                _ => Col.RiskFactors,
            });
            if (factor is not null && factors.All(f => f.Code != factor.Code)) factors.Add(factor);
        }
        return factors;
    }
}

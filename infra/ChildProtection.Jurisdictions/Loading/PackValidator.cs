using System.Reflection;
using System.Text.Json;

namespace ChildProtection.Jurisdictions;

/// <summary>The rules one pack must keep on its own; each failure names the file and the field.</summary>
internal static class PackValidator
{
    private const int MaxIntervalMonths = 12;
    private const int MaxChildAgeYears = 17;
    private static readonly int[] DivisionLevels = [2, 4, 6, 9, 12];

    public static void Validate(LoadedPack pack)
    {
        var d = pack.Document;
        void Fail(string field, string detail) => throw new PolicyPackException(pack.File, field, detail);

        if (d.Id != pack.FileId)
        {
            Fail("id", $"'{d.Id}' must match the file name's id '{pack.FileId}'.");
        }
        if (d.RegionPrefix.Length > 0 && (!DivisionLevels.Contains(d.RegionPrefix.Length) || !d.RegionPrefix.All(char.IsAsciiDigit)))
        {
            Fail("regionPrefix", $"'{d.RegionPrefix}' must be a division-level prefix of the region code (2, 4, 6, 9 or 12 digits), or \"\" for national.");
        }
        if (d.RegionPrefix != pack.FilePrefix)
        {
            Fail("regionPrefix", $"'{d.RegionPrefix}' does not match the prefix the file name declares ('{pack.FilePrefix}').");
        }
        if (d.Version < 1)
        {
            Fail("version", $"must be at least 1 (was {d.Version}).");
        }
        if (string.IsNullOrWhiteSpace(d.Name))
        {
            Fail("name", "must not be empty.");
        }
        if (string.IsNullOrWhiteSpace(d.Source))
        {
            Fail("source", "must cite the document the pack encodes.");
        }

        foreach (var (name, section) in d.Sections())
        {
            if (section is not null)
            {
                ValidateCitations(name, section, Fail);
            }
        }
        ValidateValues(d, Fail);
    }

    private static void ValidateCitations(string sectionName, PackSection section, Action<string, string> fail)
    {
        var fields = SettingsOf(section);
        foreach (var key in section.Sources?.Keys ?? Enumerable.Empty<string>())
        {
            if (!fields.ContainsKey(key))
            {
                fail($"{sectionName}.sources.{key}", $"'{key}' is not a field of '{sectionName}' ({string.Join(", ", fields.Keys)}).");
            }
        }
        foreach (var (field, isSet) in fields)
        {
            if (isSet && string.IsNullOrWhiteSpace(section.SourceOf(field)))
            {
                fail($"{sectionName}.{field}", $"has no citation: give '{sectionName}.source' or '{sectionName}.sources.{field}'.");
            }
        }
    }

    // Field name (as in JSON) → whether the pack sets it.
    private static Dictionary<string, bool> SettingsOf(PackSection section) => section.GetType()
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Setting<>))
        .ToDictionary(
            p => JsonNamingPolicy.CamelCase.ConvertName(p.Name),
            p => (bool)p.PropertyType.GetProperty(nameof(Setting<int>.IsSet))!.GetValue(p.GetValue(section))!);

    private static void ValidateValues(PackDocument d, Action<string, string> fail)
    {
        if (d.Visits is { } v)
        {
            if (v.ContactIntervalMonths is { IsSet: true, Value: { } contact })
            {
                Months(PolicyPaths.ContactIntervalMonths, contact, fail);
            }
            if (v.HomeVisitIntervalMonths.IsSet)
            {
                Months(PolicyPaths.HomeVisitIntervalMonths, v.HomeVisitIntervalMonths.Value, fail);
            }
            if (v.RiskHomeVisitIntervalMonths.IsSet)
            {
                Months(PolicyPaths.RiskHomeVisitIntervalMonths, v.RiskHomeVisitIntervalMonths.Value, fail);
            }
            if (v.RiskFactors.IsSet)
            {
                var factors = v.RiskFactors.Value;
                for (var i = 0; i < factors.Length; i++)
                {
                    if (factors[i] is null || !RiskFactors.All.Contains(factors[i]))
                    {
                        fail($"{PolicyPaths.RiskFactors}[{i}]", $"'{factors[i]}' is not a risk factor ({string.Join(", ", RiskFactors.All)}).");
                    }
                    if (Array.IndexOf(factors, factors[i]) < i)
                    {
                        fail($"{PolicyPaths.RiskFactors}[{i}]", $"'{factors[i]}' is listed twice.");
                    }
                }
            }
            if (v.OverdueEscalationDays is { IsSet: true, Value: < 1 or > 365 } escalation)
            {
                fail(PolicyPaths.OverdueEscalationDays, $"must be 1–365 days (was {escalation.Value}).");
            }
            if (v.VacationVisits.IsSet)
            {
                var windows = v.VacationVisits.Value;
                for (var i = 0; i < windows.Length; i++)
                {
                    if (windows[i] is null || string.IsNullOrWhiteSpace(windows[i].Name))
                    {
                        fail($"{PolicyPaths.VacationVisits}[{i}].name", "a vacation window needs a name.");
                    }
                    if (windows.Take(i).Any(w => w.Name == windows[i].Name))
                    {
                        fail($"{PolicyPaths.VacationVisits}[{i}].name", $"'{windows[i].Name}' is listed twice.");
                    }
                }
            }
        }

        if (d.Relief is { } r)
        {
            if (r.RehabilitationAidMinAgeYears.IsSet)
            {
                Age(PolicyPaths.RehabilitationAidMinAgeYears, r.RehabilitationAidMinAgeYears.Value, fail);
            }
            if (r.RehabilitationAidMaxAgeYears.IsSet)
            {
                Age(PolicyPaths.RehabilitationAidMaxAgeYears, r.RehabilitationAidMaxAgeYears.Value, fail);
            }
            Range(PolicyPaths.AllowanceMonthlyYuan, r.AllowanceMonthlyYuan, 1, 100_000, "yuan", fail);
            Range(PolicyPaths.AllowanceMaxAgeYears, r.AllowanceMaxAgeYears, 1, 18, "years", fail);
            Range(PolicyPaths.ExtremePovertyMaxAgeYears, r.ExtremePovertyMaxAgeYears, 1, 18, "years", fail);
            Range(PolicyPaths.AllowanceReviewMonths, r.AllowanceReviewMonths, 1, 60, "months", fail);
            Range(PolicyPaths.MinimumLivingReviewMonths, r.MinimumLivingReviewMonths, 1, 60, "months", fail);
            Range(PolicyPaths.ExtremePovertyReviewMonths, r.ExtremePovertyReviewMonths, 1, 60, "months", fail);
            Range(PolicyPaths.RehabilitationAidReviewMonths, r.RehabilitationAidReviewMonths, 1, 60, "months", fail);
        }

        if (d.MandatoryReporting is { } m)
        {
            Range(PolicyPaths.AcceptWithinHours, m.AcceptWithinHours, 1, 168, "hours", fail);
            Range(PolicyPaths.OutcomeWithinDays, m.OutcomeWithinDays, 1, 365, "days", fail);
            Range(PolicyPaths.FeedbackWithinDays, m.FeedbackWithinDays, 1, 90, "days", fail);
            Range(PolicyPaths.DuplicateWindowDays, m.DuplicateWindowDays, 0, 90, "days", fail);
            Range(PolicyPaths.UnreportedLookbackDays, m.UnreportedLookbackDays, 1, 365, "days", fail);
            Situations(PolicyPaths.PoliceSituations, m.PoliceSituations, fail);
            Situations(PolicyPaths.CivilAffairsSituations, m.CivilAffairsSituations, fail);
            Situations(PolicyPaths.EducationSituations, m.EducationSituations, fail);
            if (m.PoliceSituations is { IsSet: true, Value: { } police } && ReportableSituations.Harm.FirstOrDefault(h => !police.Contains(h)) is { } missing)
            {
                fail(PolicyPaths.PoliceSituations, $"'{missing}' is a harm situation of the 2020 opinion: the police are always told (Minors Protection Law art. 11).");
            }
        }

        if (d.Police?.RecommendationReplyMonths is { IsSet: true, Value: < 1 or > 12 } replyMonths)
        {
            fail(PolicyPaths.PoliceRecommendationReplyMonths, $"must be 1–12 months (was {replyMonths.Value}).");
        }
        if (d.Court is { } court)
        {
            // Statutory maxima (Anti-Domestic Violence Law art. 28): a pack may only make the decision clock stricter.
            Range(PolicyPaths.ProtectionOrderDecisionHours, court.ProtectionOrderDecisionHours, 1, 72, "hours", fail);
            Range(PolicyPaths.ProtectionOrderUrgentDecisionHours, court.ProtectionOrderUrgentDecisionHours, 1, 24, "hours", fail);
            Range(PolicyPaths.PresidentEscalationHours, court.PresidentEscalationHours, 1, 72, "hours", fail);
            Range(PolicyPaths.JudicialRecommendationReplyMonths, court.JudicialRecommendationReplyMonths, 1, 1, "months", fail);
            Range(PolicyPaths.RevocationPetitionWindowDays, court.RevocationPetitionWindowDays, 1, 365, "days", fail);
        }
        if (d.Directors?.AdditionalDirectorsWhenTargetChildrenExceed is { IsSet: true, Value: < 1 } threshold)
        {
            fail(PolicyPaths.AdditionalDirectorsWhenTargetChildrenExceed, $"must be at least 1 (was {threshold.Value}).");
        }
    }

    private static void Range(string path, Setting<int> setting, int min, int max, string unit, Action<string, string> fail)
    {
        if (setting.IsSet && (setting.Value < min || setting.Value > max))
        {
            fail(path, $"must be {min}–{max} {unit} (was {setting.Value}).");
        }
    }

    private static void Situations(string path, Setting<string[]> setting, Action<string, string> fail)
    {
        if (!setting.IsSet)
        {
            return;
        }
        var codes = setting.Value;
        for (var i = 0; i < codes.Length; i++)
        {
            if (codes[i] is null || !ReportableSituations.All.Contains(codes[i]))
            {
                fail($"{path}[{i}]", $"'{codes[i]}' is not a reportable situation ({string.Join(", ", ReportableSituations.All)}).");
            }
            if (Array.IndexOf(codes, codes[i]) < i)
            {
                fail($"{path}[{i}]", $"'{codes[i]}' is listed twice.");
            }
        }
    }

    private static void Months(string path, int months, Action<string, string> fail)
    {
        if (months is < 1 or > MaxIntervalMonths)
        {
            fail(path, $"an interval must be 1–{MaxIntervalMonths} months (was {months}).");
        }
    }

    private static void Age(string path, int years, Action<string, string> fail)
    {
        if (years is < 0 or > MaxChildAgeYears)
        {
            fail(path, $"an age must be 0–{MaxChildAgeYears} years (was {years}).");
        }
    }
}

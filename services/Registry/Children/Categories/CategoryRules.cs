using System.Globalization;
using ChildProtection.Registry.Children.Facts;

namespace ChildProtection.Registry.Children.Categories;

/// <summary>A category that holds on a date, with its reasons and the date it began.</summary>
public sealed record CategoryFinding(string Category, IReadOnlyList<string> Reasons, DateOnly Since);

/// <summary>
/// The category rules of docs/domain.md §2 as one pure function of the facts and the date. Categories are never typed
/// in: they follow from the parents' situations, the child's age and household, hardships, harms and disability.
/// </summary>
public static class CategoryRules
{
    /// <summary>Deprivation of liberty and lost contact count only from six months (民发〔2019〕62号).</summary>
    public const int ThresholdMonths = 6;
    public const int LeftBehindAgeLimit = 16;
    public const int ChildAgeLimit = 18;

    public static IReadOnlyList<CategoryFinding> Evaluate(Child child, DateOnly today, RegistryPolicy policy)
    {
        var birth = child.Details.BirthDate;
        var findings = new List<CategoryFinding>();
        if (today >= birth.AddYears(ChildAgeLimit) || today < birth) return findings;

        var father = Situation(child, ParentRole.Father);
        var mother = Situation(child, ParentRole.Mother);

        if (Orphan(father, mother) is { } orphan) findings.Add(orphan);
        else if (DeFactoUnsupported(father, mother, today) is { } unsupported) findings.Add(unsupported);

        if (child.Details.Household == Household.Rural && today < birth.AddYears(LeftBehindAgeLimit)
            && LeftBehind(father, mother, today) is { } leftBehind)
            findings.Add(leftBehind);

        if (child.Hardships.Count > 0)
            findings.Add(new CategoryFinding(CategoryCodes.InDifficultyPoverty,
                [.. child.Hardships.Values.OrderBy(h => h.Kind).Select(h => $"family {Words(h.Kind)} hardship since {D(h.Since)} ({h.Evidence})")],
                child.Hardships.Values.Min(h => h.Since)));

        if (child.RiskFactors.TryGetValue(RiskFactorCodes.ChildDisability, out var disability))
            findings.Add(new CategoryFinding(CategoryCodes.InDifficultyDisability,
                [disability.Disability is { } d ? $"own disability: {Words(d.Type)}, grade {d.Grade}" : "own disability"], disability.Since));

        if (child.Harms.Count > 0)
            findings.Add(new CategoryFinding(CategoryCodes.InDifficultyGuardianship,
                [.. child.Harms.OrderBy(h => h.OccurredOn).Select(h => $"{Words(h.Kind)} on {D(h.OccurredOn)} ({h.Source})")],
                child.Harms.Min(h => h.OccurredOn)));

        if (policy.SingleParentFamilyInScope && child.Details.Household == Household.Rural
            && SingleParent(child, father, mother) is { } singleParent)
            findings.Add(singleParent with { Reasons = [.. singleParent.Reasons, $"single-parent-family children are in scope in pack '{policy.PackId}'"] });

        return findings;
    }

    /// <summary>
    /// The next date on which the categories can change with no new fact: a 16th or 18th birthday, six months
    /// after a lost-contact report, the end of a deprivation of liberty. Null when nothing is pending.
    /// </summary>
    public static DateOnly? NextReview(Child child, DateOnly today)
    {
        var birth = child.Details.BirthDate;
        var dates = new List<DateOnly> { birth.AddYears(LeftBehindAgeLimit), birth.AddYears(ChildAgeLimit) };
        foreach (var s in child.Parents.Values)
        {
            if (s.Kind == ParentSituationKind.LostContact) dates.Add(s.Since.AddMonths(ThresholdMonths));
            if (s.IsDeprivedOfLiberty && s.ExpectedEnd is { } end) dates.Add(end);
        }
        var pending = dates.Where(d => d > today).ToList();
        return pending.Count == 0 ? null : pending.Min();
    }

    private static CategoryFinding? Orphan(ParentSituation? father, ParentSituation? mother) =>
        father is { IsDeadOrMissing: true } && mother is { IsDeadOrMissing: true }
            ? new CategoryFinding(CategoryCodes.Orphan, [Describe("father", father), Describe("mother", mother)], Max(father.Since, mother.Since))
            : null;

    private static CategoryFinding? DeFactoUnsupported(ParentSituation? father, ParentSituation? mother, DateOnly today)
    {
        var f = Condition(father, today);
        var m = Condition(mother, today);
        if (f is not null && m is not null)
            return new CategoryFinding(CategoryCodes.DeFactoUnsupported,
                [$"father: {f.Value.Reason}", $"mother: {m.Value.Reason}", "both parents meet a de-facto-unsupported condition"], Max(f.Value.Since, m.Value.Since));
        if (father is { IsDeadOrMissing: true } && m is not null)
            return new CategoryFinding(CategoryCodes.DeFactoUnsupported,
                [Describe("father", father), $"mother: {m.Value.Reason}", "one parent dead or missing and the other meets a condition"], Max(father.Since, m.Value.Since));
        if (mother is { IsDeadOrMissing: true } && f is not null)
            return new CategoryFinding(CategoryCodes.DeFactoUnsupported,
                [Describe("mother", mother), $"father: {f.Value.Reason}", "one parent dead or missing and the other meets a condition"], Max(mother.Since, f.Value.Since));
        return null;
    }

    /// <summary>A de-facto-unsupported condition of one parent on <paramref name="today"/>, with the date it began to count.</summary>
    public static (string Reason, DateOnly Since)? Condition(ParentSituation? s, DateOnly today)
    {
        if (s is null) return null;
        return s.Kind switch
        {
            ParentSituationKind.SevereDisability when s.Disability is { IsSevere: true } d =>
                ($"severe disability ({Words(d.Type)}, grade {d.Grade}) since {D(s.Since)}", s.Since),
            ParentSituationKind.SeriousIllness => ($"serious illness since {D(s.Since)}", s.Since),
            ParentSituationKind.GuardianshipRevoked => ($"guardianship revoked by a court on {D(s.Since)}", s.Since),
            ParentSituationKind.Deported => ($"deported on {D(s.Since)}", s.Since),
            ParentSituationKind.LostContact when today >= s.Since.AddMonths(ThresholdMonths) =>
                ($"lost contact since the police accepted the report on {D(s.Since)}, {ThresholdMonths} months or more", s.Since.AddMonths(ThresholdMonths)),
            _ when s.IsDeprivedOfLiberty && LongEnough(s) && (s.ExpectedEnd is null || today < s.ExpectedEnd) =>
                ($"{Words(s.Kind)} since {D(s.Since)}" + (s.ExpectedEnd is { } end ? $" until {D(end)}" : ", no release date") + $", {ThresholdMonths} months or more", s.Since),
            _ => null,
        };
    }

    private static bool LongEnough(ParentSituation s) => s.ExpectedEnd is not { } end || end >= s.Since.AddMonths(ThresholdMonths);

    private static CategoryFinding? LeftBehind(ParentSituation? father, ParentSituation? mother, DateOnly today)
    {
        var fAway = father?.Kind == ParentSituationKind.WorkingAway;
        var mAway = mother?.Kind == ParentSituationKind.WorkingAway;
        if (fAway && mAway)
            return new CategoryFinding(CategoryCodes.RuralLeftBehind,
                [Describe("father", father!), Describe("mother", mother!), "both parents work away", "rural household, under 16"], Max(father!.Since, mother!.Since));
        if (fAway && LacksCapacity(mother, today) is { } mReason)
            return new CategoryFinding(CategoryCodes.RuralLeftBehind,
                [Describe("father", father!), $"mother lacks guardianship capacity: {mReason}", "rural household, under 16"], Max(father!.Since, mother!.Since));
        if (mAway && LacksCapacity(father, today) is { } fReason)
            return new CategoryFinding(CategoryCodes.RuralLeftBehind,
                [Describe("mother", mother!), $"father lacks guardianship capacity: {fReason}", "rural household, under 16"], Max(mother!.Since, father!.Since));
        return null;
    }

    /// <summary>无监护能力: the other parent cannot look after the child, whatever the duration.</summary>
    private static string? LacksCapacity(ParentSituation? s, DateOnly today) => s?.Kind switch
    {
        null or ParentSituationKind.Present or ParentSituationKind.WorkingAway => null,
        ParentSituationKind.SevereDisability when s.Disability is not { IsSevere: true } => null,
        _ when s.IsDeprivedOfLiberty && s.ExpectedEnd is { } end && today >= end => null,
        _ => Describe(s),
    };

    private static CategoryFinding? SingleParent(Child child, ParentSituation? father, ParentSituation? mother)
    {
        if (child.RiskFactors.TryGetValue(RiskFactorCodes.SingleParentFamily, out var flag))
            return new CategoryFinding(CategoryCodes.SingleParentFamily, ["recorded as a single-parent family"], flag.Since);
        if (father is { IsDeadOrMissing: true } != mother is { IsDeadOrMissing: true })
        {
            var (role, gone) = father is { IsDeadOrMissing: true } ? ("father", father) : ("mother", mother!);
            return new CategoryFinding(CategoryCodes.SingleParentFamily, [Describe(role, gone), "one parent remains"], gone.Since);
        }
        return null;
    }

    private static ParentSituation? Situation(Child child, ParentRole role) => child.Parents.GetValueOrDefault(role);

    private static string Describe(string role, ParentSituation s) => $"{role} {Describe(s)}";

    private static string Describe(ParentSituation s) => s.Kind switch
    {
        ParentSituationKind.LostContact => $"lost contact (report accepted by police on {D(s.Since)})",
        ParentSituationKind.SevereDisability when s.Disability is { } d => $"severe disability ({Words(d.Type)}, grade {d.Grade}) since {D(s.Since)}",
        _ when s.IsDeprivedOfLiberty && s.ExpectedEnd is { } end => $"{Words(s.Kind)} since {D(s.Since)} until {D(end)}",
        _ => $"{Words(s.Kind)} since {D(s.Since)}",
    };

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    internal static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An enum value as kebab-case words: WorkingAway → "working away".</summary>
    internal static string Words<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()).Replace('-', ' ');
}

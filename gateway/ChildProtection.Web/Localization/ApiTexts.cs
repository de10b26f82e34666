using System.Text.RegularExpressions;
using ChildProtection.Web.Api.Dtos;

namespace ChildProtection.Web.Localization;

/// <summary>
/// Sentences the API writes in English (a category's reasons, the one-line summaries of the child's timeline) in the
/// user's language. The sentences come from a small grammar (a parent, a situation code, dates), so they are rebuilt
/// in Chinese from their parts; a sentence the console does not know is shown as the API wrote it.
/// </summary>
public sealed partial class ApiTexts(Names names)
{
    private static string Z(string zh, string en) => ConsoleCultures.IsChinese ? zh : en;

    /// <summary>One reason of a computed category (or of a relief case).</summary>
    public string Reason(string reason)
    {
        if (!ConsoleCultures.IsChinese) return reason;
        if (Fixed.TryGetValue(reason, out var text)) return text;
        Match m;
        if ((m = LacksCapacity().Match(reason)).Success) return $"{Parent(m.Groups[1].Value)}缺乏监护能力：{Condition(m.Groups[2].Value)}";
        if ((m = ParentPrefix().Match(reason)).Success) return $"{Parent(m.Groups[1].Value)}：{Condition(m.Groups[2].Value)}";
        if ((m = ParentInline().Match(reason)).Success) return $"{Parent(m.Groups[1].Value)}{Condition(m.Groups[2].Value)}";
        if ((m = FamilyHardship().Match(reason)).Success)
            return $"家庭{names.Of("hardship", m.Groups[1].Value)}，自{ChinaTime.Date(m.Groups[2].Value)}（{m.Groups[3].Value}）";
        if ((m = OwnDisability().Match(reason)).Success) return $"本人残疾：{Disability(m.Groups[1].Value)}{m.Groups[2].Value}级";
        if ((m = UnderAge().Match(reason)).Success) return $"未满{m.Groups[1].Value}周岁（{m.Groups[2].Value}岁）";
        if ((m = SingleParentPack().Match(reason)).Success) return $"本地政策（{m.Groups[1].Value}）将单亲家庭儿童纳入关爱范围";
        return Condition(reason);
    }

    // "dead since 2020-06-30", "imprisoned since … until …", "lost contact since the police accepted the report on …, 6 months or more"
    private string Condition(string text)
    {
        Match m;
        if ((m = LostContact().Match(text)).Success)
            return $"失联（公安机关于{ChinaTime.Date(m.Groups[1].Value)}受理失踪报案），已满{m.Groups[2].Value}个月";
        if ((m = SevereDisability().Match(text)).Success)
            return $"重度残疾（{Disability(m.Groups[1].Value)}{m.Groups[2].Value}级），自{ChinaTime.Date(m.Groups[3].Value)}";
        if ((m = SinceUntil().Match(text)).Success)
            return $"{Situation(m.Groups[1].Value)}，自{ChinaTime.Date(m.Groups[2].Value)}至{ChinaTime.Date(m.Groups[3].Value)}";
        if ((m = Since().Match(text)).Success) return $"{Situation(m.Groups[1].Value)}，自{ChinaTime.Date(m.Groups[2].Value)}";
        return Fixed.TryGetValue(text, out var f) ? f : text;
    }

    private string Parent(string parent) => names.Of("parent", parent);

    private string Situation(string words) => names.Of("parentSituation", words.Trim().Replace(' ', '-'));

    private string Disability(string words) => names.Of("disability", words.Trim().Replace(' ', '-'));

    private static readonly Dictionary<string, string> Fixed = new(StringComparer.Ordinal)
    {
        ["both parents work away"] = "父母均外出务工",
        ["both parents meet a de-facto-unsupported condition"] = "父母双方均符合事实无人抚养条件",
        ["one parent dead or missing and the other meets a condition"] = "父母一方死亡或失踪，另一方符合条件",
        ["rural household, under 16"] = "农村户籍，未满16周岁",
        ["one parent remains"] = "仅余父母一方",
        ["own disability"] = "本人残疾",
        ["working away"] = "外出务工",
    };

    /// <summary>The title of a timeline entry, by its event type.</summary>
    public string EntryTitle(FileEntry entry)
    {
        var key = EventKey(entry.Type);
        return names.Has("fileEvent", key) ? names.Of("fileEvent", key) : (ConsoleCultures.IsChinese ? key : entry.Summary ?? key);
    }

    /// <summary>What a timeline entry adds to its title: the codes and dates of its summary, in the user's language.</summary>
    public string? EntryDetail(FileEntry entry)
    {
        if (entry.Summary is not { Length: > 0 } summary) return null;
        if (!ConsoleCultures.IsChinese) return summary;
        Match m;
        if ((m = ParentRecorded().Match(summary)).Success)
            return $"{Parent(m.Groups[1].Value)}：{Situation(m.Groups[2].Value)}，自{ChinaTime.Date(m.Groups[3].Value)}"
                + (m.Groups[4].Success ? $"（预计至{ChinaTime.Date(m.Groups[4].Value)}）" : "");
        if ((m = CategoryEntered().Match(summary)).Success)
            return $"{names.Category(m.Groups[1].Value)}，自{ChinaTime.Date(m.Groups[2].Value)}：{string.Join("；", m.Groups[3].Value.Split("; ").Select(Reason))}";
        if ((m = CategoryLeft().Match(summary)).Success)
            return $"{names.Category(m.Groups[1].Value)}，{ChinaTime.Date(m.Groups[2].Value)}";
        var codes = CodeToken().Matches(summary).Select(t => t.Value).Distinct()
            .Select(KnownCode).Where(n => n is not null).ToList();
        var dates = IsoDate().Matches(summary).Select(d => ChinaTime.Date(d.Value)).Distinct().ToList();
        var parts = codes.Concat(dates).ToList();
        return parts.Count == 0 ? null : string.Join("、", parts);
    }

    private static readonly string[] CodeGroups =
        ["finding", "situation", "programme", "category", "measure", "parentSituation", "carerRelation", "guardianshipStatus", "placement",
         "policeOutcome", "reportOutcome", "evaluation", "adequacy", "claim", "harm", "hardship", "riskFactor", "instrumentKind", "relationship", "urgency",
         "instrumentStatus", "admonitionGround", "referralGround", "failing", "placementGround", "followUpFinding", "department", "servedOn",
         "serviceMethod", "supervisionEscalation", "recommendationEscalation", "lawsuitMode", "supportedParty", "pilKind", "pilClosure",
         "proceedingStatus", "revocationGround", "respondent", "newGuardian", "guidanceBasis", "sanction", "reviewParty", "reviewOutcome",
         "applicant", "form", "respondentRelation", "orderStatus", "prosecutionGround", "prosecutionSource", "prosecutionOutcome", "gender"];

    /// <summary>The name of a code of any known group (a status, a measure, an outcome…), or null.</summary>
    public string? Code(string code) =>
        code.Length is > 0 and <= 60 && code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') ? KnownCode(code) : null;

    private string? KnownCode(string code)
    {
        foreach (var group in CodeGroups)
            if (names.Has(group, code)) return names.Of(group, code);
        return null;
    }

    /// <summary><c>registry.child-registered.v1</c> → <c>child-registered</c>; <c>urn:message:…:VisitRecorded</c> → <c>VisitRecorded</c>.</summary>
    public static string EventKey(string type)
    {
        if (type.StartsWith("urn:message:", StringComparison.Ordinal)) return type[(type.LastIndexOf(':') + 1)..];
        var parts = type.Split('.');
        return parts.Length >= 3 ? parts[1] : type;
    }

    [GeneratedRegex(@"^(father|mother) lacks guardianship capacity: (.+)$")] private static partial Regex LacksCapacity();
    [GeneratedRegex(@"^(father|mother): (.+)$")] private static partial Regex ParentPrefix();
    [GeneratedRegex(@"^(father|mother) (.+ since \d{4}-\d{2}-\d{2}.*)$")] private static partial Regex ParentInline();
    [GeneratedRegex(@"^family (\w+) hardship since (\d{4}-\d{2}-\d{2}) \((.*)\)$")] private static partial Regex FamilyHardship();
    [GeneratedRegex(@"^own disability: (.+), grade (\d)$")] private static partial Regex OwnDisability();
    [GeneratedRegex(@"^under (\d+) \(age (\d+)\)$")] private static partial Regex UnderAge();
    [GeneratedRegex(@"^single-parent-family children are in scope in pack '(.+)'$")] private static partial Regex SingleParentPack();
    [GeneratedRegex(@"^lost contact since the police accepted the report on (\d{4}-\d{2}-\d{2}), (\d+) months or more$")] private static partial Regex LostContact();
    [GeneratedRegex(@"^severe disability \((.+), grade (\d)\) since (\d{4}-\d{2}-\d{2})$")] private static partial Regex SevereDisability();
    [GeneratedRegex(@"^(.+) since (\d{4}-\d{2}-\d{2}) until (\d{4}-\d{2}-\d{2})$")] private static partial Regex SinceUntil();
    [GeneratedRegex(@"^(.+) since (\d{4}-\d{2}-\d{2})$")] private static partial Regex Since();
    [GeneratedRegex(@"^(father|mother): ([a-z-]+) since (\d{4}-\d{2}-\d{2})(?:, expected end (\d{4}-\d{2}-\d{2}))?$")] private static partial Regex ParentRecorded();
    [GeneratedRegex(@"^Category ([a-z-]+) since (\d{4}-\d{2}-\d{2}): (.+)$")] private static partial Regex CategoryEntered();
    [GeneratedRegex(@"^Left category ([a-z-]+) on (\d{4}-\d{2}-\d{2})")] private static partial Regex CategoryLeft();
    [GeneratedRegex(@"[a-z]+(?:-[a-z0-9]+)+")] private static partial Regex CodeToken();
    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")] private static partial Regex IsoDate();
}

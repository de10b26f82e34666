using System.Text.RegularExpressions;
using ChildProtection.Web.Api;
using Microsoft.Extensions.Localization;

namespace ChildProtection.Web.Localization;

/// <summary>
/// The API's problems in the user's language. Field messages and refusal codes the console knows are shown in Chinese
/// (Resources/Problems.resx, with dates written the Chinese way); any other message is shown as the API wrote it, after
/// a Chinese lead-in, so a problem is never hidden. In English the API's own words are shown.
/// </summary>
public sealed partial class ProblemText(IStringLocalizer<Problems> problems, IStringLocalizer<Texts> texts)
{
    /// <summary>One field message (from <c>errors</c>).</summary>
    public string Field(string message)
    {
        if (!ConsoleCultures.IsChinese) return message;
        var exact = problems["msg." + message];
        if (!exact.ResourceNotFound) return exact.Value;
        foreach (var (pattern, key) in Patterns)
        {
            var match = pattern.Match(message);
            if (!match.Success) continue;
            var args = match.Groups.Cast<Group>().Skip(1).Select(g => (object)ChinaTime.Date(g.Value)).ToArray();
            var text = problems[key, args];
            if (!text.ResourceNotFound) return text.Value;
        }
        return texts["Problem.UnknownField", message];
    }

    /// <summary>What a refusal (409 with a code) means, in the user's language.</summary>
    public string Rejection(ApiProblem problem)
    {
        if (!ConsoleCultures.IsChinese || problem.Code is null) return problem.Detail ?? problem.Title ?? problem.Code ?? "";
        var dates = IsoDate().Matches(problem.Detail ?? "").Select(m => (object)ChinaTime.Date(m.Value)).ToArray();
        var text = problems["code." + problem.Code, dates];
        return text.ResourceNotFound ? texts["Problem.UnknownRejection", problem.Detail ?? problem.Code] : text.Value;
    }

    /// <summary>A one-line summary of a problem that names no field.</summary>
    public string Summary(ApiProblem problem) => problem switch
    {
        { IsUnauthenticated: true } => texts["Problem.SignedOut"],
        { IsForbidden: true } => texts["Problem.Forbidden"],
        { IsNotFound: true } => texts["Problem.NotFound"],
        { IsConcurrencyConflict: true } => texts["Problem.Conflict"],
        { IsRejected: true } => Rejection(problem),
        { Status: 429 } => texts["Problem.TooMany"],
        { IsUnavailable: true } => texts["Problem.Unavailable"],
        { Status: 413 } => texts["Problem.TooLarge"],
        { Status: 400 } when problem.Errors.Count == 0 => ConsoleCultures.IsChinese
            ? texts["Problem.UnknownField", problem.Detail ?? problem.Title ?? ""]
            : problem.Detail ?? problem.Title ?? "",
        _ => texts["Problem.Other", problem.Status],
    };

    // Messages that carry values (dates, limits): the captured values are passed to the Chinese text.
    private static readonly (Regex Pattern, string Key)[] Patterns =
    [
        (new Regex(@"^A protection order is valid for at most 6 months \(until (\d{4}-\d{2}-\d{2})\)\.$"), "pattern.validity-six-months"),
        (new Regex(@"must be at most (\d+) characters"), "pattern.max-length"),
        (new Regex(@"^Unknown finding; one of .*$"), "pattern.unknown-finding"),
        (new Regex(@"^Who was seen must be given by codes"), "pattern.seen"),
        (new Regex(@"must be one of|is one of|must be '"), "pattern.one-of"),
    ];

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}

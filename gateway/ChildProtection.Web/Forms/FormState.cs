using ChildProtection.Web.Api;
using ChildProtection.Web.Localization;

namespace ChildProtection.Web.Forms;

/// <summary>
/// The state of one form's last submission: busy, succeeded, or the API's problem. Maps the problem's field errors to
/// the fields the form shows (by the API's field path, e.g. <c>nationalId</c>, <c>child.regionCode</c>,
/// <c>findings[0].note</c>) and keeps the rest for the top of the form, so no problem goes unseen. It never touches
/// what the user typed: the form's model stays as it was whatever the answer.
/// </summary>
public sealed class FormState(ProblemText text)
{
    public bool Busy { get; private set; }

    public bool Succeeded { get; private set; }

    public ApiProblem? Problem { get; private set; }

    public void Begin()
    {
        Busy = true;
        Succeeded = false;
        Problem = null;
    }

    public void End(ApiProblem? problem)
    {
        Busy = false;
        Problem = problem;
        Succeeded = problem is null;
    }

    public void Clear()
    {
        Busy = false;
        Succeeded = false;
        Problem = null;
    }

    /// <summary>Runs one call to the API as this form's submission.</summary>
    public async Task<ApiResult<T>> RunAsync<T>(Func<Task<ApiResult<T>>> call)
    {
        Begin();
        try
        {
            var result = await call();
            End(result.Problem);
            return result;
        }
        catch
        {
            Busy = false;
            throw;
        }
    }

    /// <summary>Whether the API named <paramref name="field"/> (exactly, ignoring case).</summary>
    public bool Has(string field) => Messages(field).Count > 0;

    /// <summary>The API's messages for <paramref name="field"/>, in the user's language, one per line; null when none.</summary>
    public string? Error(string field)
    {
        var messages = Messages(field);
        return messages.Count == 0 ? null : string.Join(" ", messages.Select(text.Field));
    }

    /// <summary>
    /// Field errors the form does not show next to a field of its own: each <c>(field, message)</c>. A claimed entry
    /// ending in <c>*</c> claims every field starting with the rest (<c>findings[*</c>).
    /// </summary>
    public IReadOnlyList<(string Field, string Message)> Unclaimed(IEnumerable<string> claimed)
    {
        if (Problem is null) return [];
        var list = claimed.ToList();
        bool IsClaimed(string field) => list.Any(c => c.EndsWith('*')
            ? field.StartsWith(c[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(c, field, StringComparison.OrdinalIgnoreCase));
        return [.. Problem.Errors.Where(e => !IsClaimed(e.Key)).SelectMany(e => e.Value.Select(m => (e.Key, text.Field(m))))];
    }

    private IReadOnlyList<string> Messages(string field) =>
        Problem?.Errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value ?? [];
}

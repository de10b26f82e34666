namespace ChildProtection.ServiceDefaults.Validation;

/// <summary>Field errors of one request, collected before anything is decided (→ 400, nothing stored).</summary>
public sealed class Input
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Valid => _errors.Count == 0;

    public Dictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public Input Fail(string field, string error)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(error);
        return this;
    }

    /// <summary>A required text of at most <paramref name="max"/> characters.</summary>
    public Input Text(string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) return Fail(field, "Required.");
        return value.Trim().Length > max ? Fail(field, $"At most {max} characters.") : this;
    }

    /// <summary>An optional text of at most <paramref name="max"/> characters.</summary>
    public Input OptionalText(string field, string? value, int max) =>
        value is not null && value.Trim().Length > max ? Fail(field, $"At most {max} characters.") : this;

    /// <summary>A required code from a closed list.</summary>
    public Input OneOf(string field, string? value, IReadOnlyCollection<string> allowed) =>
        value is not null && allowed.Contains(value) ? this : Fail(field, $"One of: {string.Join(", ", allowed)}.");

    /// <summary>A required date that is not in the future (China Standard Time).</summary>
    public Input PastDate(string field, DateOnly? value, DateOnly today)
    {
        if (value is null) return Fail(field, "Required (yyyy-MM-dd).");
        return value > today ? Fail(field, "Must not be in the future.") : this;
    }
}

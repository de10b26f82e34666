using System.Collections.Concurrent;

namespace ChildProtection.EndToEnd.Tests.LogScrub;

/// <summary>The names, ID numbers and phones the end-to-end tests seed, which no service log may contain.</summary>
public sealed class SensitiveValues
{
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>Remembers <paramref name="value"/> as a <paramref name="kind"/> (<c>name</c>, <c>national-id</c>, <c>phone</c>, <c>address</c>).</summary>
    public void Add(string kind, string? value)
    {
        var trimmed = value?.Trim();
        // One character is too common to mean anything in a log.
        if (trimmed is { Length: >= 2 }) _values.TryAdd(trimmed, kind);
    }

    /// <summary>Every value with its kind.</summary>
    public IReadOnlyList<(string Kind, string Value)> All => [.. _values.Select(v => (v.Value, v.Key))];
}

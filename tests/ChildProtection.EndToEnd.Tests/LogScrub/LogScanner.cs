using System.Text;
using System.Text.Json;

namespace ChildProtection.EndToEnd.Tests.LogScrub;

/// <summary>One sensitive value found in one log: the file and the kind, never the value itself.</summary>
public sealed record LogHit(string File, string Kind);

/// <summary>What a scan looked at and found.</summary>
public sealed record LogScanResult(int FilesScanned, int ValuesSearched, IReadOnlyList<LogHit> Hits)
{
    /// <summary>The one-line summary for the test output.</summary>
    public string Summary => $"log scrub: {FilesScanned} log files scanned, {ValuesSearched} seeded values searched, {Hits.Count} hits"
        + (Hits.Count == 0 ? "" : ": " + string.Join("; ", Hits.Select(h => $"a {h.Kind} in {Path.GetFileName(h.File)}")));
}

/// <summary>Greps service logs for seeded names, ID numbers and phones, as written and as JSON escapes them.</summary>
public static class LogScanner
{
    public static LogScanResult Scan(IEnumerable<string> logFiles, IReadOnlyList<(string Kind, string Value)> values)
    {
        var files = logFiles.Where(File.Exists).Distinct(StringComparer.Ordinal).ToList();
        var hits = new List<LogHit>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            foreach (var (kind, value) in values)
            {
                if (Forms(value).Any(form => text.Contains(form, StringComparison.Ordinal)))
                    hits.Add(new LogHit(file, kind));
            }
        }
        return new LogScanResult(files.Count, values.Count, hits);
    }

    // A structured log may hold the value JSON-escaped (\u5434...), so look for both.
    private static IEnumerable<string> Forms(string value)
    {
        yield return value;
        var escaped = JsonSerializer.Serialize(value)[1..^1];
        if (escaped != value) yield return escaped;
    }
}

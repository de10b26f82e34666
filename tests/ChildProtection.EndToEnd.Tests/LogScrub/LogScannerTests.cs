namespace ChildProtection.EndToEnd.Tests.LogScrub;

/// <summary>The scrub check can fail: a planted name, ID number or phone is found, in clear or JSON-escaped.</summary>
public sealed class LogScannerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("log-scrub-").FullName;

    private string Log(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_planted_value_is_found_naming_the_file_and_kind_but_not_the_value()
    {
        var clean = Log("registry-1.log", "info: Child registered {\"childId\":\"0190\"}\n");
        var leaky = Log("visits-2.log", "info: Visit recorded for 吴小明 at 13800001111\n");
        var values = new SensitiveValues();
        values.Add("name", "吴小明");
        values.Add("phone", "13800001111");
        values.Add("national-id", "21052120150601002X");

        var result = LogScanner.Scan([clean, leaky], values.All);

        Assert.Equal(2, result.FilesScanned);
        Assert.Equal(3, result.ValuesSearched);
        Assert.Equal([new LogHit(leaky, "name"), new LogHit(leaky, "phone")], result.Hits.OrderBy(h => h.Kind));
        Assert.DoesNotContain("吴小明", result.Summary, StringComparison.Ordinal);
        Assert.Contains("2 hits", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_escaped_by_a_json_log_is_found()
    {
        var log = Log("court-3.log", "{\"message\":\"respondent \\u51AF\\u5927\\u6D77\"}\n");
        var values = new SensitiveValues();
        values.Add("name", "冯大海");

        Assert.Equal([new LogHit(log, "name")], LogScanner.Scan([log], values.All).Hits);
    }

    [Fact]
    public void Logs_without_seeded_values_have_no_hits()
    {
        var log = Log("police-4.log", "info: Case opened {\"caseId\":\"0190\"}\n");
        var values = new SensitiveValues();
        values.Add("name", "孙大海");

        Assert.Empty(LogScanner.Scan([log], values.All).Hits);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

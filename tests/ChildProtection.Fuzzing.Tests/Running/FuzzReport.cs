using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using ChildProtection.Testing;

namespace ChildProtection.Fuzzing.Tests.Running;

/// <summary>
/// The table of every fuzzed endpoint across the services of the run: requests tried and statuses seen, with the
/// platform total last. Written to <c>.local/test-results/fuzz-report.txt</c> when the run ends.
/// </summary>
public sealed class FuzzReport : IDisposable
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<OperationResult>> _services = new();

    public static string PathOnDisk => Path.Combine(ServiceProcess.RepoRoot, ".local", "test-results", "fuzz-report.txt");

    public void Add(string service, IReadOnlyList<OperationResult> results) => _services[service] = results;

    public static string Table(IEnumerable<OperationResult> results)
    {
        var text = new StringBuilder();
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{r.Service,-14} {r.Key,-72} {r.Requests,5}  {r.Statuses}  [{r.Persona}]");
        }
        return text.ToString();
    }

    public string Render()
    {
        var ordered = ServiceTarget.All.Select(t => t.Name).Where(_services.ContainsKey).SelectMany(n => _services[n]).ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"service",-14} {"endpoint",-72} {"tried",5}  statuses  [caller]");
        text.Append(Table(ordered));
        text.AppendLine(CultureInfo.InvariantCulture,
            $"total: {ordered.Sum(r => r.Requests)} requests to {ordered.Count} endpoints of {_services.Count} services, {ordered.Sum(r => r.Findings.Count)} findings");
        return text.ToString();
    }

    public void Dispose()
    {
        if (_services.IsEmpty) return;
        Directory.CreateDirectory(Path.GetDirectoryName(PathOnDisk)!);
        File.WriteAllText(PathOnDisk, Render());
    }
}

[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzReport>
{
    public const string Name = "fuzz";
}

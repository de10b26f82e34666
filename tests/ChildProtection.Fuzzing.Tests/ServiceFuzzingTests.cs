using ChildProtection.Fuzzing.Tests.OpenApi;
using ChildProtection.Fuzzing.Tests.Running;
using ChildProtection.Testing;
using Xunit.Abstractions;

namespace ChildProtection.Fuzzing.Tests;

/// <summary>
/// Issue 10, item 7: every endpoint of every service, read from the service's own OpenAPI document, gets
/// malformed, oversized, wrong-typed, missing-field and injection-laden requests. None may answer 5xx, every 4xx is
/// problem details, no write is accepted, and the service's tables hold exactly the rows they held before.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class ServiceFuzzingTests(FuzzReport report, ITestOutputHelper output)
{
    public static TheoryData<string> Services => [.. ServiceTarget.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Fuzzed_requests_to_every_endpoint_get_problem_details_and_store_nothing(string service)
    {
        var target = ServiceTarget.All.Single(t => t.Name == service);
        await using var host = target.Start();
        await host.StartAsync();

        var document = await FetchDocumentAsync(host, target);
        var operations = OpenApiDocumentReader.Read(document);
        Assert.NotEmpty(operations);

        var before = await StoredRows.SettledAsync(host.ConnectionString);
        Assert.NotEmpty(before);
        var results = await new Fuzzer(target, host).RunAsync(operations);
        var after = await StoredRows.SettledAsync(host.ConnectionString);

        report.Add(service, results);
        output.WriteLine(FuzzReport.Table(results));
        output.WriteLine($"{service}: {results.Sum(r => r.Requests)} requests to {results.Count} endpoints");
        var findings = results.SelectMany(r => r.Findings.Select(f => $"{r.Key}  {f}")).ToList();
        foreach (var finding in findings) output.WriteLine("FINDING " + finding);

        Assert.Empty(findings);
        Assert.Empty(StoredRows.Differences(before, after));
    }

    /// <summary>The document, saved beside the report for reading.</summary>
    private static async Task<string> FetchDocumentAsync(Hosts.IFuzzHost host, ServiceTarget target)
    {
        var document = await ServiceDocument.FetchAsync(host, target);
        var saved = Path.Combine(Path.GetDirectoryName(FuzzReport.PathOnDisk)!, "openapi", target.Name + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(saved)!);
        await File.WriteAllTextAsync(saved, document);
        return document;
    }
}

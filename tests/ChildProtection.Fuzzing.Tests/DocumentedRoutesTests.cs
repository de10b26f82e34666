using ChildProtection.Fuzzing.Tests.OpenApi;
using ChildProtection.Fuzzing.Tests.Running;
using ChildProtection.Testing.Documentation;

namespace ChildProtection.Fuzzing.Tests;

/// <summary>
/// Every request a README writes out for a service (<c>GET /api/visits/policies/{regionCode}</c>) exists in that service's
/// own OpenAPI document: the documentation never sends a reader to a 404.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class DocumentedRoutesTests
{
    public static TheoryData<string> Services => [.. ServiceTarget.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_request_the_readmes_write_for_the_service_is_in_its_openapi_document(string service)
    {
        var target = ServiceTarget.All.Single(t => t.Name == service);
        var documented = DocumentedRoutes.Under($"/api/{service}/");
        Assert.NotEmpty(documented);

        await using var host = target.Start();
        await host.StartAsync();
        var document = await ServiceDocument.FetchAsync(host, target);

        Assert.Empty(DocumentedRoutes.Missing(documented, document).Select(r => r.ToString()));
    }

    [Fact]
    public void Every_documented_request_names_a_service_the_platform_has_or_the_gateway()
    {
        var prefixes = ServiceTarget.All.Select(t => $"/api/{t.Name}/").Append("/api/audit").Append("/api/dev/").ToList();
        var strays = DocumentedRoutes.All().Where(r => !prefixes.Any(p => r.Path.StartsWith(p, StringComparison.Ordinal)));
        Assert.Empty(strays.Select(r => r.ToString()));
    }
}

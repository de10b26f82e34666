using System.Net;
using System.Net.Http.Json;
using ChildProtection.Registry.Tests.Exports;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;
using ChildProtection.Testing.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Registry.Tests.Authorization;

/// <summary>
/// A caller of one region never sees another region's records: every GET endpoint of authorization.json is named
/// here with the test that proves it (in this class or where the feature is tested), or exempt with the reason.
/// </summary>
public class RegionIsolationTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    public static readonly IReadOnlyDictionary<string, string> Covered = new Dictionary<string, string>
    {
        ["GET /api/registry/children/"] = nameof(ChildrenApiTests.A_caller_from_another_region_sees_an_empty_list_and_404_for_the_child),
        ["GET /api/registry/children/{id:guid}"] = nameof(ChildrenApiTests.A_caller_from_another_region_sees_an_empty_list_and_404_for_the_child),
        ["GET /api/registry/children/{id:guid}/file"] = nameof(Another_regions_child_file_is_404_without_its_entries),
        ["GET /api/registry/coverage/{countyCode}"] = nameof(CoverageApiTests.A_caller_inside_the_county_sees_only_their_part_and_one_outside_it_is_refused),
        ["GET /api/registry/directors/"] = nameof(DirectorsApiTests.A_director_in_another_region_is_404_and_not_listed),
        ["GET /api/registry/directors/{id:guid}"] = nameof(DirectorsApiTests.A_director_in_another_region_is_404_and_not_listed),
        ["GET /api/registry/exports/children.csv"] = nameof(ChildrenExportTests.The_export_holds_only_the_callers_region_and_the_requested_category),
        ["GET /api/registry/spot-checks/{id:guid}"] = nameof(Another_countys_spot_check_is_404),
        ["GET /api/registry/supervisors/"] = nameof(SupervisorsApiTests.Registering_a_supervisor_returns_201_and_the_supervisor_is_listed_in_its_region_only),
        ["GET /api/registry/supervisors/{id:guid}"] = nameof(SupervisorsApiTests.Registering_a_supervisor_returns_201_and_the_supervisor_is_listed_in_its_region_only),
        ["GET /api/registry/villages/"] = nameof(VillagesApiTests.A_caller_from_another_region_lists_no_villages_and_gets_404_for_one),
        ["GET /api/registry/villages/{code}"] = nameof(VillagesApiTests.A_caller_from_another_region_lists_no_villages_and_gets_404_for_one),
    };

    [Fact]
    public void Every_get_endpoint_has_a_region_isolation_test() =>
        RegionIsolationGuard.AssertCovered(registry.Services.GetRequiredService<AuthorizationMatrix>(), Covered.Keys);

    [Fact]
    public async Task Another_regions_child_file_is_404_without_its_entries()
    {
        var benxi = registry.Caseworker("210521");
        var (id, _) = await benxi.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName(), region: "210521100201"));
        Assert.True((await benxi.CaughtUpFileAsync(id)).GetProperty("total").GetInt64() > 0);

        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/registry/children/{id}/file");
        request.Headers.Add("X-Access-Purpose", "test: another region's file");
        var response = await registry.Caseworker("120116").SendAsync(request);
        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.False(problem.TryGetProperty("entries", out _));
    }

    [Fact]
    public async Task Another_countys_spot_check_is_404()
    {
        var benxi = registry.Caseworker("210521");
        var (child, etag) = await benxi.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName(), region: "210521100201"));
        (etag, _) = await benxi.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{child}/parents/father", new { situation = "working-away", since = "2023-01-01" }, etag);
        await benxi.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{child}/parents/mother", new { situation = "working-away", since = "2023-01-01" }, etag);
        var drawn = await benxi.PostAsJsonAsync("/api/registry/spot-checks", new { countyCode = "210521", year = registry.Today.Year, sampleSize = 1 });
        Assert.Equal(HttpStatusCode.Created, drawn.StatusCode);
        var id = (await drawn.Json()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await benxi.GetAsync($"/api/registry/spot-checks/{id}")).StatusCode);

        var response = await registry.Caseworker("120116").GetAsync($"/api/registry/spot-checks/{id}");
        await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
    }
}

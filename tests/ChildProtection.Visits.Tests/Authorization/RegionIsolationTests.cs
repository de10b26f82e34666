using System.Net;
using System.Text.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;
using ChildProtection.Testing.Authorization;
using ChildProtection.Visits.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Visits.Tests.Authorization;

/// <summary>
/// A caller of one region never sees another region's plans: every GET endpoint of authorization.json is named
/// here with the test that proves it, or exempt with the reason.
/// </summary>
public class RegionIsolationTests(VisitsFactory visits) : IClassFixture<VisitsFactory>
{
    private const string VillageA = "120116100201";
    private const string VillageB = "210521100201";

    public static readonly IReadOnlyDictionary<string, string> Covered = new Dictionary<string, string>
    {
        ["GET /api/visits/plans/{childId:guid}"] = nameof(Another_regions_plan_and_visits_are_404),
        ["GET /api/visits/plans/{childId:guid}/visits"] = nameof(Another_regions_plan_and_visits_are_404),
        ["GET /api/visits/due"] = nameof(Due_lists_workload_and_summary_hold_only_the_callers_region),
        ["GET /api/visits/directors/{directorId:guid}/due"] = nameof(Due_lists_workload_and_summary_hold_only_the_callers_region),
        ["GET /api/visits/directors/workload"] = nameof(Due_lists_workload_and_summary_hold_only_the_callers_region),
        ["GET /api/visits/summary"] = nameof(Due_lists_workload_and_summary_hold_only_the_callers_region),
    };

    public static readonly IReadOnlyDictionary<string, string> Exempt = new Dictionary<string, string>
    {
        ["GET /api/visits/policies/{regionCode}"] = "published jurisdiction rules, no personal records",
    };

    [Fact]
    public void Every_get_endpoint_has_a_region_isolation_test() =>
        RegionIsolationGuard.AssertCovered(visits.Services.GetRequiredService<AuthorizationMatrix>(), Covered.Keys, Exempt);

    [Fact]
    public async Task Another_regions_plan_and_visits_are_404()
    {
        var child = await visits.ChildInScopeAsync(VillageB);
        var tianjin = visits.Caseworker("120116");
        await (await tianjin.GetAsync($"/api/visits/plans/{child}")).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        await (await tianjin.GetAsync($"/api/visits/plans/{child}/visits")).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
    }

    [Fact]
    public async Task Due_lists_workload_and_summary_hold_only_the_callers_region()
    {
        var director = Guid.NewGuid();
        var mine = await visits.ChildInScopeAsync(VillageA, directorId: director);
        var theirs = await visits.ChildInScopeAsync(VillageB, directorId: director);
        var tianjin = visits.Caseworker("120116");

        var due = await (await tianjin.GetAsync("/api/visits/due?within=366")).Json();
        AssertOnly(due.GetProperty("items"), mine, theirs);
        var directorsDue = await (await tianjin.GetAsync($"/api/visits/directors/{director}/due?within=366")).Json();
        AssertOnly(directorsDue.GetProperty("items"), mine, theirs);
        var elsewhere = await tianjin.GetAsync("/api/visits/due?region=2105");
        Assert.True(elsewhere.StatusCode == HttpStatusCode.Forbidden
            || !(await elsewhere.Json()).GetProperty("items").EnumerateArray().Any(), "a due list of another region is refused or empty");

        var workload = await (await tianjin.GetAsync("/api/visits/directors/workload")).Json();
        var load = workload.GetProperty("directors").EnumerateArray().Single(d => d.GetProperty("directorId").GetString() == director.ToString());
        Assert.Equal(1, load.GetProperty("children").GetInt32());

        var theirSummary = await (await tianjin.GetAsync("/api/visits/summary?county=210521")).Json();
        Assert.Equal(0, theirSummary.GetProperty("plans").GetInt32());
        var ourSummary = await (await tianjin.GetAsync("/api/visits/summary?county=120116")).Json();
        Assert.True(ourSummary.GetProperty("plans").GetInt32() > 0);
    }

    private static void AssertOnly(JsonElement items, Guid mine, Guid theirs)
    {
        var children = items.EnumerateArray().Select(i => i.GetProperty("childId").GetGuid()).ToList();
        Assert.Contains(mine, children);
        Assert.DoesNotContain(theirs, children);
        Assert.All(items.EnumerateArray(), i => Assert.StartsWith("120116", i.GetProperty("regionCode").GetString()));
    }
}

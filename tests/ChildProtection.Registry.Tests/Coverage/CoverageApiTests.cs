using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;
using Npgsql;
using static ChildProtection.Registry.Tests.RosterRequests;

namespace ChildProtection.Registry.Tests;

public class CoverageApiTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private static readonly int Year = Today.Year;

    /// <summary>Makes children rural left-behind the real way: both parents recorded as working away.</summary>
    private static async Task MarkAsTargetChildrenAsync(HttpClient client, IReadOnlyCollection<Guid> childIds)
    {
        foreach (var id in childIds)
        {
            var etag = (await client.GetAsync($"/api/registry/children/{id}")).Headers.ETag!.Tag;
            (etag, _) = await client.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{id}/parents/father", new { situation = "working-away", since = "2024-01-01" }, etag);
            var (_, child) = await client.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{id}/parents/mother", new { situation = "working-away", since = "2024-01-01" }, etag);
            Assert.Equal(["rural-left-behind"], child.Codes());
        }
    }

    private static async Task<List<Guid>> RegisterChildrenAsync(HttpClient client, string villageCode, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
            ids.Add((await client.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName("陈"), "2015-05-01", villageCode, i % 2 == 0 ? "male" : "female"))).Id);
        return ids;
    }

    [Fact]
    public async Task Coverage_shows_missing_directors_understaffed_villages_townships_without_supervisor_and_the_training_rate()
    {
        var client = registry.Caseworker();
        // Township 120116100: two villages with a director each and a supervisor.
        // Township 120116101: one village whose only director left, and a supervisor who left.
        await client.RegisterVillageAsync("120116100201", "太平村");
        await client.RegisterVillageAsync("120116100202", "小王庄村");
        await client.RegisterVillageAsync("120116101201", "东风村");
        var (trained, trainedETag) = await client.RegisterDirectorAsync("120116100201");
        var (untrained, untrainedETag) = await client.RegisterDirectorAsync("120116100202");
        var (leaver, leaverETag) = await client.RegisterDirectorAsync("120116101201");
        await client.RegisterSupervisorAsync("120116100");
        var (supervisor, supervisorETag) = await client.RegisterSupervisorAsync("120116101");
        Assert.Equal(HttpStatusCode.OK, (await client.PostIfMatchAsync($"/api/registry/directors/{trained}/trainings",
            Training($"{Year}-01-01"), trainedETag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostIfMatchAsync($"/api/registry/directors/{untrained}/trainings",
            Training($"{Year - 1}-06-01"), untrainedETag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostIfMatchAsync($"/api/registry/directors/{leaver}/leave",
            new { leftOn = "2025-01-31", reason = "辞职" }, leaverETag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostIfMatchAsync($"/api/registry/supervisors/{supervisor}/leave",
            new { leftOn = "2025-01-31", reason = "调离" }, supervisorETag)).StatusCode);
        // 31 target children (over the threshold of 30) in the first village, exactly 30 plus two others in the second.
        await MarkAsTargetChildrenAsync(client, await RegisterChildrenAsync(client, "120116100201", 31));
        await MarkAsTargetChildrenAsync(client, await RegisterChildrenAsync(client, "120116100202", 30));
        await RegisterChildrenAsync(client, "120116100202", 2);

        var response = await client.GetAsync($"/api/registry/coverage/120116?year={Year}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var coverage = await response.JsonAsync();
        Assert.Equal(3, coverage.GetProperty("registeredVillages").GetInt32());
        Assert.Equal(["120116101201"], Codes(coverage.GetProperty("villagesWithoutDirector")));
        var understaffed = Assert.Single(coverage.GetProperty("understaffedVillages").EnumerateArray());
        Assert.Equal("120116100201", understaffed.GetProperty("villageCode").GetString());
        Assert.Equal(31, understaffed.GetProperty("targetChildren").GetInt32());
        Assert.Equal(1, understaffed.GetProperty("activeDirectors").GetInt32());
        Assert.Equal(30, understaffed.GetProperty("threshold").GetInt32());
        Assert.Equal(["120116101"], Codes(coverage.GetProperty("townshipsWithoutSupervisor")));
        Assert.Equal(2, coverage.GetProperty("activeDirectors").GetInt32());
        Assert.Equal(1, coverage.GetProperty("trainedDirectors").GetInt32());
        Assert.Equal(50m, coverage.GetProperty("trainingCoverageRate").GetDecimal());
        Assert.False(coverage.GetProperty("trainingTargetMet").GetBoolean());
        var first = coverage.GetProperty("townships")[0];
        Assert.Equal(("120116100", 2, 61, 2, 1, 1), (first.GetProperty("townshipCode").GetString(), first.GetProperty("villages").GetInt32(),
            first.GetProperty("targetChildren").GetInt32(), first.GetProperty("activeDirectors").GetInt32(),
            first.GetProperty("trainedDirectors").GetInt32(), first.GetProperty("activeSupervisors").GetInt32()));

        var lastYear = await (await client.GetAsync($"/api/registry/coverage/120116?year={Year - 1}")).JsonAsync();
        Assert.Equal(1, lastYear.GetProperty("trainedDirectors").GetInt32());
    }

    [Fact]
    public async Task A_caller_inside_the_county_sees_only_their_part_and_one_outside_it_is_refused()
    {
        var county = registry.Caseworker("120117");
        await county.RegisterVillageAsync("120117100201");
        await county.RegisterVillageAsync("120117101201");

        var township = await (await registry.Caseworker("120117101").GetAsync("/api/registry/coverage/120117")).JsonAsync();
        Assert.Equal("120117101", township.GetProperty("scope").GetString());
        Assert.Equal(Year, township.GetProperty("year").GetInt32());
        Assert.Equal(["120117101201"], Codes(township.GetProperty("villagesWithoutDirector")));
        Assert.Equal(JsonValueKind.Null, township.GetProperty("trainingCoverageRate").ValueKind);

        var outsider = await registry.Caseworker("1405").GetAsync("/api/registry/coverage/120117");
        await outsider.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
    }

    [Theory]
    [InlineData("12011", "", "countyCode")]
    [InlineData("1201161", "", "countyCode")]
    [InlineData("120100", "", "countyCode")]
    [InlineData("120116", "?year=abcd", "year")]
    [InlineData("120116", "?year=1999", "year")]
    [InlineData("120116", "?year=next", "year")]
    public async Task An_invalid_county_or_year_is_400_naming_the_field(string county, string query, string field)
    {
        query = query.Replace("next", (Year + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var response = await registry.Caseworker().GetAsync($"/api/registry/coverage/{county}{query}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    private static string[] Codes(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}

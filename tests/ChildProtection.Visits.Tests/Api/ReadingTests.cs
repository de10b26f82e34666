using System.Net;
using ChildProtection.Testing;

namespace ChildProtection.Visits.Tests.Api;

/// <summary>Due lists, director workload, the county summary and the policies endpoint.</summary>
public class ReadingTests(VisitsFactory visits) : IClassFixture<VisitsFactory>
{
    private const string Village = "140502100201"; // Jincheng

    [Fact]
    public async Task Due_lists_per_region_and_per_director_and_the_directors_workload()
    {
        var director = Guid.NewGuid();
        var first = await visits.ChildInScopeAsync(Village, directorId: director);
        var second = await visits.ChildInScopeAsync(Village, "single-parent-family", director);
        var caseworker = visits.Caseworker("140502");

        var due = await (await caseworker.GetAsync($"/api/visits/due?region=140502100&asOf={visits.Today:yyyy-MM-dd}&within=40")).Json();
        var items = due.GetProperty("items").EnumerateArray().ToList();
        // Both contacts in a month; the single-parent child's home visit too (a risk in Shanxi); the other's in three months.
        Assert.Equal(2, items.Count(i => i.GetProperty("childId").GetGuid() == second));
        Assert.Single(items, i => i.GetProperty("childId").GetGuid() == first);

        var mine = await (await caseworker.GetAsync($"/api/visits/directors/{director}/due?within=100")).Json();
        Assert.Equal(4, mine.GetProperty("items").GetArrayLength());

        var workload = await (await caseworker.GetAsync("/api/visits/directors/workload?region=140502")).Json();
        var load = workload.GetProperty("directors").EnumerateArray().Single(d => d.GetProperty("directorId").GetString() == director.ToString());
        Assert.Equal(2, load.GetProperty("children").GetInt32());
        Assert.Equal(0, load.GetProperty("overdue").GetInt32());

        var later = visits.Today.AddMonths(2);
        var summary = await (await caseworker.GetAsync($"/api/visits/summary?county=140502&asOf={later:yyyy-MM-dd}")).Json();
        var contact = summary.GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("duty").GetString() == "contact");
        Assert.Equal(contact.GetProperty("total").GetInt32(), contact.GetProperty("overdueCount").GetInt32());
        Assert.Equal(0m, contact.GetProperty("onTimeRate").GetDecimal());
    }

    [Fact]
    public async Task Other_regions_see_nothing_and_bad_queries_are_400()
    {
        await visits.ChildInScopeAsync(Village);
        var tianjin = visits.Caseworker("12");
        Assert.Empty((await (await tianjin.GetAsync("/api/visits/due?region=1405")).Json()).GetProperty("items").EnumerateArray());

        await (await tianjin.GetAsync("/api/visits/due?region=14a")).AssertProblemAsync(HttpStatusCode.BadRequest, ChildProtection.ServiceDefaults.ProblemTypes.Validation);
        await (await tianjin.GetAsync("/api/visits/due?asOf=2025-13-01")).AssertProblemAsync(HttpStatusCode.BadRequest, ChildProtection.ServiceDefaults.ProblemTypes.Validation);
        await (await tianjin.GetAsync("/api/visits/summary?county=12")).AssertProblemAsync(HttpStatusCode.BadRequest, ChildProtection.ServiceDefaults.ProblemTypes.Validation);
    }

    [Fact]
    public async Task The_policies_endpoint_shows_each_value_with_its_pack_and_citation()
    {
        var client = visits.Caseworker("1502");
        var baotou = await (await client.GetAsync("/api/visits/policies/150202100201")).Json();
        var values = baotou.GetProperty("values");
        var supervisor = values.GetProperty("visits.carerFailureNotifiesTownshipSupervisor");
        Assert.True(supervisor.GetProperty("value").GetBoolean());
        Assert.Equal("baotou", supervisor.GetProperty("packId").GetString());
        Assert.Contains("儿童督导员", supervisor.GetProperty("source").GetString());
        Assert.Equal("winter", values.GetProperty("visits.vacationVisits").GetProperty("value")[0].GetProperty("name").GetString());

        var liaoning = await (await client.GetAsync("/api/visits/policies/2105")).Json();
        Assert.Equal(JsonValueKindNull, liaoning.GetProperty("values").GetProperty("visits.contactIntervalMonths").GetProperty("value").ValueKind);

        await (await client.GetAsync("/api/visits/policies/15020x")).AssertProblemAsync(HttpStatusCode.BadRequest, ChildProtection.ServiceDefaults.ProblemTypes.Validation);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}

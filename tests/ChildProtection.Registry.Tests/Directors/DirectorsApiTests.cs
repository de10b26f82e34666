using System.Net;
using System.Net.Http.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;
using static ChildProtection.Registry.Tests.RosterRequests;

namespace ChildProtection.Registry.Tests;

public class DirectorsApiTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private Task<long> StoredEvents() => registry.Database.ScalarAsync("SELECT count(*) FROM registry.mt_events");

    [Fact]
    public async Task Registering_a_director_returns_201_with_an_etag_and_the_director_can_be_read_back_and_listed()
    {
        var client = registry.Caseworker();
        await client.RegisterVillageAsync("120116100301", "新港村");

        var created = await client.PostAsJsonAsync("/api/registry/directors", Director("120116100301", name: "陈秀兰"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/registry/directors/{id}", created.Headers.Location?.OriginalString);

        var read = await client.GetAsync($"/api/registry/directors/{id}");
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
        var director = await read.JsonAsync();
        Assert.Equal("陈秀兰", director.GetProperty("name").GetString());
        Assert.Equal("120116100301", director.GetProperty("villageCode").GetString());
        Assert.Equal("2024-03-01", director.GetProperty("appointedOn").GetString());
        Assert.True(director.GetProperty("active").GetBoolean());
        Assert.True(director.GetProperty("realNameRegistered").GetBoolean());

        var page = await (await client.GetAsync("/api/registry/directors?region=120116100")).JsonAsync();
        Assert.Contains(page.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetGuid() == id);
        Assert.Equal(1, await registry.Database.ScalarAsync($"SELECT count(*) FROM registry.directors WHERE id = '{id}' AND active"));
    }

    [Fact]
    public async Task A_director_for_an_unregistered_village_is_400_naming_villageCode()
    {
        var before = await StoredEvents();
        var response = await registry.Caseworker().PostAsJsonAsync("/api/registry/directors", Director("120116109999"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.True(problem.GetProperty("errors").TryGetProperty("villageCode", out _));
        Assert.Equal(before, await StoredEvents());
    }

    [Theory]
    [InlineData("", "13812345678", "120116100302", "2024-03-01", true, "name")]
    [InlineData("周敏", "12345", "120116100302", "2024-03-01", true, "phone")]
    [InlineData("周敏", "13812345678", "12011610030", "2024-03-01", true, "villageCode")]
    [InlineData("周敏", "13812345678", "120116100302", "2999-01-01", true, "appointedOn")]
    [InlineData("周敏", "13812345678", "120116100302", "2024-02-30", true, "appointedOn")]
    [InlineData("周敏", "13812345678", "120116100302", "2024-03-01", null, "realNameRegistered")]
    public async Task Invalid_director_input_is_400_naming_the_field_and_nothing_is_stored(
        string name, string phone, string village, string appointedOn, bool? realName, string field)
    {
        var client = registry.Caseworker();
        if ((await client.GetAsync("/api/registry/villages/120116100302")).StatusCode == HttpStatusCode.NotFound)
            await client.RegisterVillageAsync("120116100302");
        var before = await StoredEvents();

        var response = await client.PostAsJsonAsync("/api/registry/directors", Director(village, name, phone, appointedOn, realName));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(before, await StoredEvents());
    }

    [Fact]
    public async Task A_director_in_another_region_is_404_and_not_listed()
    {
        var client = registry.Caseworker();
        await client.RegisterVillageAsync("120116100303");
        var (id, etag) = await client.RegisterDirectorAsync("120116100303");
        var outsider = registry.Caseworker("1405");

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/registry/directors/{id}")).StatusCode);
        Assert.Equal(0, (await (await outsider.GetAsync("/api/registry/directors")).JsonAsync()).GetProperty("total").GetInt64());
        var leave = await outsider.PostIfMatchAsync($"/api/registry/directors/{id}/leave", new { leftOn = "2025-01-01", reason = "调离" }, etag);
        Assert.Equal(HttpStatusCode.NotFound, leave.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/registry/directors/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Leaving_needs_the_current_if_match_and_then_marks_the_director_inactive()
    {
        var client = registry.Caseworker();
        await client.RegisterVillageAsync("120116100304");
        var (id, etag) = await client.RegisterDirectorAsync("120116100304");
        var url = $"/api/registry/directors/{id}/leave";
        var body = new { leftOn = "2025-06-30", reason = "工作调动" };

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await client.PostIfMatchAsync(url, body, null)).StatusCode);
        await (await client.PostIfMatchAsync(url, body, "\"7\"")).AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.ConcurrencyConflict);
        var left = await client.PostIfMatchAsync(url, body, etag);

        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        Assert.Equal("\"2\"", left.Headers.ETag?.Tag);
        var director = await (await client.GetAsync($"/api/registry/directors/{id}")).JsonAsync();
        Assert.False(director.GetProperty("active").GetBoolean());
        Assert.Equal("2025-06-30", director.GetProperty("leftOn").GetString());
        Assert.Equal(0, await registry.Database.ScalarAsync($"SELECT count(*) FROM registry.directors WHERE id = '{id}' AND active"));

        var again = await client.PostIfMatchAsync(url, body, left.Headers.ETag!.Tag);
        var problem = await again.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected);
        Assert.Equal("director-already-left", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Recording_a_training_with_the_current_if_match_adds_it_to_the_director()
    {
        var client = registry.Caseworker();
        await client.RegisterVillageAsync("120116100305");
        var (id, etag) = await client.RegisterDirectorAsync("120116100305");

        var trained = await client.PostIfMatchAsync($"/api/registry/directors/{id}/trainings",
            Training("2025-04-12", level: "city", hours: 6.5m, demonstration: true), etag);

        Assert.Equal(HttpStatusCode.OK, trained.StatusCode);
        Assert.Equal("\"2\"", trained.Headers.ETag?.Tag);
        var read = await client.GetAsync($"/api/registry/directors/{id}");
        Assert.Equal("\"2\"", read.Headers.ETag?.Tag);
        var training = Assert.Single((await read.JsonAsync()).GetProperty("trainings").EnumerateArray());
        Assert.Equal("city", training.GetProperty("level").GetString());
        Assert.Equal(6.5m, training.GetProperty("hours").GetDecimal());
        Assert.True(training.GetProperty("demonstration").GetBoolean());
        Assert.Equal(1, await registry.Database.ScalarAsync($"SELECT count(*) FROM registry.director_trainings WHERE director_id = '{id}'"));
    }

    [Theory]
    [InlineData("120116104201", "2025-04-12", "county", 0, "儿童主任培训", "hours")]
    [InlineData("120116104202", "2025-04-12", "county", -2, "儿童主任培训", "hours")]
    [InlineData("120116104203", "2025-04-12", "national", 8, "儿童主任培训", "level")]
    [InlineData("120116104204", "2999-04-12", "county", 8, "儿童主任培训", "date")]
    [InlineData("120116104205", "2025-04-12", "county", 8, "", "title")]
    public async Task Invalid_training_is_400_naming_the_field_and_nothing_is_stored(
        string village, string date, string level, int hours, string title, string field)
    {
        var client = registry.Caseworker();
        await client.RegisterVillageAsync(village);
        var (id, etag) = await client.RegisterDirectorAsync(village);
        var before = await StoredEvents();

        var response = await client.PostIfMatchAsync($"/api/registry/directors/{id}/trainings", Training(date, level, hours, title), etag);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(before, await StoredEvents());
    }

    [Fact]
    public async Task A_training_with_a_stale_if_match_is_409_and_a_director_who_left_gets_no_more_trainings()
    {
        var client = registry.Caseworker();
        await client.RegisterVillageAsync("120116100306");
        var (id, etag) = await client.RegisterDirectorAsync("120116100306");
        var left = await client.PostIfMatchAsync($"/api/registry/directors/{id}/leave", new { leftOn = "2025-01-31", reason = "辞职" }, etag);

        var stale = await client.PostIfMatchAsync($"/api/registry/directors/{id}/trainings", Training("2025-01-10"), etag);
        await stale.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.ConcurrencyConflict);
        var afterLeaving = await client.PostIfMatchAsync($"/api/registry/directors/{id}/trainings", Training("2025-01-10"), left.Headers.ETag!.Tag);
        Assert.Equal("director-has-left", (await afterLeaving.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected))
            .GetProperty("code").GetString());
        Assert.Equal(0, await registry.Database.ScalarAsync($"SELECT count(*) FROM registry.director_trainings WHERE director_id = '{id}'"));
    }

    [Fact]
    public async Task Police_may_read_directors_but_only_civil_affairs_registers_them()
    {
        var client = registry.Caseworker();
        await client.RegisterVillageAsync("120116100307");
        var (id, _) = await client.RegisterDirectorAsync("120116100307");
        var police = registry.ClientAs("police", "officer", "120116");

        Assert.Equal(HttpStatusCode.OK, (await police.GetAsync($"/api/registry/directors/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await police.PostAsJsonAsync("/api/registry/directors", Director("120116100307"))).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Registry.Tests;

public class VillagesApiTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private Task<long> StoredStreams() => registry.Database.ScalarAsync("SELECT count(*) FROM registry.mt_streams");

    [Fact]
    public async Task Registering_a_village_returns_201_with_an_etag_and_it_is_listed_in_its_region()
    {
        var client = registry.Caseworker();
        var created = await client.PostAsJsonAsync("/api/registry/villages", new { code = "120116100201", name = "太平村" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.Equal("/api/registry/villages/120116100201", created.Headers.Location?.OriginalString);
        var body = await created.JsonAsync();
        Assert.Equal("120116100", body.GetProperty("townshipCode").GetString());

        var page = await (await client.GetAsync("/api/registry/villages?region=120116100")).JsonAsync();
        Assert.Contains(page.GetProperty("items").EnumerateArray(), v => v.GetProperty("code").GetString() == "120116100201");
        var read = await client.GetAsync("/api/registry/villages/120116100201");
        Assert.Equal("太平村", (await read.JsonAsync()).GetProperty("name").GetString());
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Registering_the_same_code_twice_is_409_village_already_registered_and_stores_one_stream()
    {
        var client = registry.Caseworker();
        await client.RegisterVillageAsync("120116100202", "小王庄村");

        var again = await client.PostAsJsonAsync("/api/registry/villages", new { code = "120116100202", name = "另一个名字" });

        var problem = await again.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected);
        Assert.Equal("village-already-registered", problem.GetProperty("code").GetString());
        Assert.Equal(1, await registry.Database.ScalarAsync(
            "SELECT count(*) FROM registry.mt_events WHERE type = 'registry.village-registered.v1' AND data->>'code' = '120116100202'"));
    }

    [Theory]
    [InlineData("12011610020", "太平村", "code")]
    [InlineData("12011610020X", "太平村", "code")]
    [InlineData("120116100000", "太平村", "code")]
    [InlineData("120116100203", " ", "name")]
    public async Task Invalid_village_input_is_400_naming_the_field_and_nothing_is_stored(string code, string name, string field)
    {
        var before = await StoredStreams();
        var response = await registry.Caseworker().PostAsJsonAsync("/api/registry/villages", new { code, name });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(before, await StoredStreams());
    }

    [Fact]
    public async Task A_caller_from_another_region_lists_no_villages_and_gets_404_for_one()
    {
        await registry.Caseworker().RegisterVillageAsync("120116101201", "东风村");
        var outsider = registry.Caseworker("1405");

        Assert.Equal(0, (await (await outsider.GetAsync("/api/registry/villages?region=120116")).JsonAsync()).GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync("/api/registry/villages/120116101201")).StatusCode);
    }

    [Fact]
    public async Task Only_civil_affairs_registers_villages_and_only_in_its_own_region()
    {
        var police = registry.ClientAs("police", "officer", "120116");
        Assert.Equal(HttpStatusCode.Forbidden,
            (await police.PostAsJsonAsync("/api/registry/villages", new { code = "120116101202", name = "红星村" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await registry.Caseworker("1405").PostAsJsonAsync("/api/registry/villages", new { code = "120116101202", name = "红星村" })).StatusCode);
    }
}

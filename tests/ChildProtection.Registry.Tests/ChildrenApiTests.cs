using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChildProtection.Registry.Tests;

public class ChildrenApiTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private static object Child(string name = "王小明", string birthDate = "2015-03-02", string region = "120116100201") =>
        new { name, gender = "male", birthDate, regionCode = region, household = "rural" };

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private Task<long> StoredStreams() => registry.Database.ScalarAsync("SELECT count(*) FROM registry.mt_streams");

    [Fact]
    public async Task Registering_a_child_returns_201_with_id_and_etag_and_the_child_can_be_read_back()
    {
        var client = registry.Caseworker();
        var created = await client.PostAsJsonAsync("/api/registry/children", Child());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        var body = await Json(created);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/registry/children/{id}", created.Headers.Location?.OriginalString);

        var read = await client.GetAsync($"/api/registry/children/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
        var child = await Json(read);
        Assert.Equal("王小明", child.GetProperty("name").GetString());
        Assert.Equal("120116100201", child.GetProperty("regionCode").GetString());
        Assert.Equal("2015-03-02", child.GetProperty("birthDate").GetString());
    }

    [Theory]
    [InlineData("", "2015-03-02", "120116100201", "name")]
    [InlineData("李华", "2999-01-01", "120116100201", "birthDate")]
    [InlineData("李华", "2015-02-30", "120116100201", "birthDate")]
    [InlineData("李华", "2015-03-02", "12011610020", "regionCode")]
    [InlineData("李华", "2015-03-02", "12011610020X", "regionCode")]
    public async Task Invalid_details_get_400_problem_details_naming_the_field_and_nothing_is_stored(
        string name, string birthDate, string region, string field)
    {
        var before = await StoredStreams();
        var response = await registry.Caseworker().PostAsJsonAsync("/api/registry/children", Child(name, birthDate, region));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await Json(response)).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(before, await StoredStreams());
    }

    [Fact]
    public async Task Malformed_json_is_a_400_not_a_500()
    {
        var response = await registry.Caseworker().PostAsync("/api/registry/children",
            new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_child_is_404_problem_details()
    {
        var response = await registry.Caseworker().GetAsync($"/api/registry/children/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Correcting_with_a_stale_if_match_is_409_and_with_the_current_one_succeeds()
    {
        var client = registry.Caseworker();
        var id = (await Json(await client.PostAsJsonAsync("/api/registry/children", Child("张丽")))).GetProperty("id").GetGuid();

        var first = new HttpRequestMessage(HttpMethod.Put, $"/api/registry/children/{id}") { Content = JsonContent.Create(Child("张丽丽")) };
        first.Headers.IfMatch.ParseAdd("\"1\"");
        var ok = await client.SendAsync(first);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("\"2\"", ok.Headers.ETag?.Tag);

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/registry/children/{id}") { Content = JsonContent.Create(Child("张莉")) };
        stale.Headers.IfMatch.ParseAdd("\"1\"");
        var conflict = await client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);

        var missing = await client.PutAsJsonAsync($"/api/registry/children/{id}", Child("张莉"));
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);

        Assert.Equal("张丽丽", (await Json(await client.GetAsync($"/api/registry/children/{id}"))).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_caller_from_another_region_sees_an_empty_list_and_404_for_the_child()
    {
        var id = (await Json(await registry.Caseworker("120116").PostAsJsonAsync("/api/registry/children", Child(region: "120116101203"))))
            .GetProperty("id").GetGuid();
        var outsider = registry.Caseworker("1405");

        var list = await Json(await outsider.GetAsync("/api/registry/children?region=120116"));
        Assert.Equal(0, list.GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/registry/children/{id}")).StatusCode);

        var insider = await Json(await registry.Caseworker("120116101").GetAsync("/api/registry/children?region=120116"));
        Assert.Contains(insider.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Registering_outside_ones_own_region_is_403()
    {
        var response = await registry.Caseworker("1405").PostAsJsonAsync("/api/registry/children", Child(region: "120116100201"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_token_the_api_answers_401_and_police_cannot_register()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await registry.CreateClient().GetAsync("/api/registry/children")).StatusCode);
        var police = registry.ClientAs("police", "officer", "120116");
        Assert.Equal(HttpStatusCode.Forbidden, (await police.PostAsJsonAsync("/api/registry/children", Child())).StatusCode);
    }

    [Fact]
    public async Task Other_departments_see_the_name_masked_and_every_read_is_audited()
    {
        var id = (await Json(await registry.Caseworker().PostAsJsonAsync("/api/registry/children", Child("欧阳明月")))).GetProperty("id").GetGuid();
        var police = registry.ClientAs("police", "officer", "120116");

        var child = await Json(await police.GetAsync($"/api/registry/children/{id}"));

        Assert.Equal("欧**月", child.GetProperty("name").GetString());
        Assert.True(child.GetProperty("nameMasked").GetBoolean());
        Assert.Equal(1, await registry.Database.ScalarAsync(
            $"SELECT count(*) FROM audit.entries WHERE child_id = '{id}' AND department = 'police' AND action = 'GET /api/registry/children/{{id:guid}}' AND outcome = 'success'"));
    }
}

public class OperatorEndpointTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    [Fact]
    public async Task Operators_see_outbox_lag_and_caseworkers_may_not()
    {
        var caseworker = registry.Caseworker();
        await caseworker.PostAsJsonAsync("/api/registry/children",
            new { name = "周小北", gender = "male", birthDate = "2016-01-01", regionCode = "120116100201", household = "rural" });
        var op = registry.ClientAs("platform", "operator", "*");

        // The daemon records the outbox's position once it has run it (right after start).
        await ChildProtection.Testing.Eventually.TrueAsync(async () =>
            JsonDocument.Parse(await (await op.GetAsync("/api/registry/operations/projections")).Content.ReadAsStringAsync()).RootElement
                .EnumerateArray().Any(l => l.GetProperty("name").GetString() == "outbox"), TimeSpan.FromSeconds(30), "the outbox is listed");
        var lags = JsonDocument.Parse(await (await op.GetAsync("/api/registry/operations/projections")).Content.ReadAsStringAsync()).RootElement;

        Assert.Contains(lags.EnumerateArray(), l => l.GetProperty("name").GetString() == "outbox");
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync("/api/registry/operations/projections")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await op.PostAsync("/api/registry/operations/projections/nope/rebuild", null)).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Testing;

namespace ChildProtection.EndToEnd.Tests;

/// <summary>Visits as a caseworker and a child director use it: a child registered in the registry gets a visit plan.</summary>
[Collection(PlatformCollection.Name)]
public class VisitsThroughGatewayTests(PlatformFixture platform)
{
    private const string Village = "120116100301";

    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private static async Task<string> ChangeAsync(HttpClient client, string path, object body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd(etag);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.Tag;
    }

    [Fact]
    public async Task A_left_behind_child_registered_at_the_gateway_gets_a_plan_and_a_home_visit_is_recorded()
    {
        var caseworker = await platform.ClientAsync("civil-affairs", "caseworker", "120116");
        var created = await caseworker.PostAsJsonAsync("/api/registry/children",
            new { name = "孙小" + (char)(0x4E00 + Random.Shared.Next(0, 20000)), gender = "female", birthDate = "2015-04-12", regionCode = Village, household = "rural" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json(created)).GetProperty("id").GetGuid();
        var etag = created.Headers.ETag!.Tag;
        etag = await ChangeAsync(caseworker, $"/api/registry/children/{id}/parents/father", new { situation = "working-away", since = "2022-03-01" }, etag);
        await ChangeAsync(caseworker, $"/api/registry/children/{id}/parents/mother", new { situation = "working-away", since = "2022-03-01" }, etag);

        var director = await platform.ClientAsync("civil-affairs", "child-director", Village);
        JsonElement plan = default;
        await Eventually.TrueAsync(async () =>
        {
            var response = await director.GetAsync($"/api/visits/plans/{id}");
            if (response.StatusCode != HttpStatusCode.OK) return false;
            plan = await Json(response);
            return true;
        }, TimeSpan.FromSeconds(60), "the registry's events open a visit plan in visits");
        Assert.Contains("rural-left-behind", plan.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("open", plan.GetProperty("status").GetString());

        var visit = await director.PostAsJsonAsync($"/api/visits/plans/{id}/visits", new
        {
            kind = "home-visit", occurredAt = DateTimeOffset.UtcNow.AddHours(-2), place = "the child's home",
            seen = new[] { "child", "carer" }, notes = "grandparents caring well",
        });
        Assert.Equal(HttpStatusCode.Created, visit.StatusCode);
        var visits = await Json(await director.GetAsync($"/api/visits/plans/{id}/visits"));
        Assert.Single(visits.EnumerateArray());

        var due = await Json(await caseworker.GetAsync($"/api/visits/due?region={Village}&within=100"));
        Assert.Contains(due.GetProperty("items").EnumerateArray(), i => i.GetProperty("childId").GetGuid() == id);

        var police = await platform.ClientAsync("police", "officer", "120116");
        Assert.Equal(HttpStatusCode.Forbidden, (await police.GetAsync($"/api/visits/plans/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_policies_of_a_region_are_served_through_the_gateway()
    {
        var client = await platform.ClientAsync("civil-affairs", "caseworker", "2105");
        var liaoning = await Json(await client.GetAsync("/api/visits/policies/210502100201"));
        Assert.Equal(1, liaoning.GetProperty("values").GetProperty("visits.homeVisitIntervalMonths").GetProperty("value").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/visits/policies/2x")).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChildProtection.EndToEnd.Tests;

/// <summary>The first Registry slice as a caseworker uses it: through the gateway, with a token from its issuer.</summary>
[Collection(PlatformCollection.Name)]
public class RegistryThroughGatewayTests(PlatformFixture platform)
{
    private static int _children;

    /// <summary>A child with a name of its own, so that no test's child looks like another's duplicate.</summary>
    private static object Child => new
    {
        name = "刘" + (char)(0x4E00 + Interlocked.Increment(ref _children)) + "军", gender = "male", birthDate = "2013-05-20",
        regionCode = "120116100201", household = "rural",
    };

    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task A_caseworker_registers_reads_lists_and_corrects_a_child_through_the_gateway()
    {
        var caseworker = await platform.ClientAsync("civil-affairs", "caseworker", "120116");

        var created = await caseworker.PostAsJsonAsync("/api/registry/children", Child);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json(created)).GetProperty("id").GetGuid();

        var read = await caseworker.GetAsync($"/api/registry/children/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
        Assert.True(read.Headers.Contains("X-Correlation-Id"));

        var list = await Json(await caseworker.GetAsync("/api/registry/children?region=120116100"));
        Assert.Contains(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);

        var correct = new HttpRequestMessage(HttpMethod.Put, $"/api/registry/children/{id}")
        {
            Content = JsonContent.Create(new { name = "刘小军", gender = "male", birthDate = "2013-05-21", regionCode = "120116100201", household = "rural" }),
        };
        correct.Headers.IfMatch.ParseAdd("\"1\"");
        Assert.Equal(HttpStatusCode.OK, (await caseworker.SendAsync(correct)).StatusCode);

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/registry/children/{id}") { Content = JsonContent.Create(Child) };
        stale.Headers.IfMatch.ParseAdd("\"1\"");
        var conflict = await caseworker.SendAsync(stale);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Bad_input_and_unknown_children_get_problem_details_through_the_gateway()
    {
        var caseworker = await platform.ClientAsync("civil-affairs", "caseworker", "120116");

        var missingName = await caseworker.PostAsJsonAsync("/api/registry/children",
            new { gender = "female", birthDate = "2013-05-20", regionCode = "120116100201", household = "rural" });
        Assert.Equal(HttpStatusCode.BadRequest, missingName.StatusCode);
        Assert.True((await Json(missingName)).GetProperty("errors").TryGetProperty("name", out _));

        var future = await caseworker.PostAsJsonAsync("/api/registry/children",
            new { name = "未来", gender = "female", birthDate = "2999-01-01", regionCode = "120116100201", household = "rural" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);

        var badRegion = await caseworker.PostAsJsonAsync("/api/registry/children",
            new { name = "短码", gender = "female", birthDate = "2013-05-20", regionCode = "120116", household = "rural" });
        Assert.Equal(HttpStatusCode.BadRequest, badRegion.StatusCode);

        var unknown = await caseworker.GetAsync($"/api/registry/children/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_token_for_another_region_gets_an_empty_list_and_404_for_the_child()
    {
        var caseworker = await platform.ClientAsync("civil-affairs", "caseworker", "120116");
        var id = (await Json(await caseworker.PostAsJsonAsync("/api/registry/children", Child))).GetProperty("id").GetGuid();
        var jincheng = await platform.ClientAsync("civil-affairs", "caseworker", "1405");

        var list = await Json(await jincheng.GetAsync("/api/registry/children?region=120116"));
        Assert.Empty(list.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await jincheng.GetAsync($"/api/registry/children/{id}")).StatusCode);
    }

    [Fact]
    public async Task Without_a_token_the_gateway_answers_401_problem_details()
    {
        using var anonymous = new HttpClient { BaseAddress = platform.Gateway.BaseAddress };
        var response = await anonymous.GetAsync("/api/registry/children");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

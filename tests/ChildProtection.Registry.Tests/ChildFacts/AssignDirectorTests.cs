using System.Net;
using System.Net.Http.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Registry.Tests.ChildFacts;

/// <summary>A child is assigned to an active child director of the child's own village.</summary>
public class AssignDirectorTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private readonly HttpClient _caseworker = registry.Caseworker("1405");

    private async Task<Guid> DirectorAsync(string village)
    {
        await _caseworker.PostAsJsonAsync("/api/registry/villages", new { code = village, name = "村" + village[^3..] });
        var response = await _caseworker.PostAsJsonAsync("/api/registry/directors",
            new { name = "赵主任", phone = "13800000000", villageCode = village, realNameRegistered = true, appointedOn = "2024-01-01" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Json()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Only_a_director_of_the_childs_village_can_be_assigned()
    {
        var own = await DirectorAsync("140521100201");
        var neighbour = await DirectorAsync("140521100202");
        var (id, etag) = await _caseworker.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName("郭"), "2014-09-09", "140521100201"));

        var wrong = await _caseworker.SendAsync(HttpMethod.Put, $"/api/registry/children/{id}/director", new { directorId = neighbour }, etag);
        Assert.Equal("director-of-another-village", (await wrong.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
        var unknown = await _caseworker.SendAsync(HttpMethod.Put, $"/api/registry/children/{id}/director", new { directorId = Guid.NewGuid() }, etag);
        Assert.Equal("director-not-active", (await unknown.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());

        var (_, child) = await _caseworker.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{id}/director", new { directorId = own }, etag);
        Assert.Equal(own, child.GetProperty("directorId").GetGuid());
        var listed = await (await _caseworker.GetAsync("/api/registry/children?region=140521100201")).Json();
        Assert.Equal(own, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("directorId").GetGuid());
    }
}

using System.Net;
using System.Text.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Registry.Tests.Audit;

/// <summary><c>GET /api/registry/audit</c>: auditors only, within their region, bad input as problem details, itself audited.</summary>
public class AuditEndpointTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    [Fact]
    public async Task An_auditor_sees_the_childs_entries_of_callers_in_their_region_and_the_read_is_recorded()
    {
        var tianjin = registry.ClientAs("civil-affairs", "caseworker", "120116", user: "cw-tj");
        var (id, _) = await tianjin.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName()));
        await tianjin.FileAsync(id);
        await registry.ClientAs("civil-affairs", "caseworker", "1502", user: "cw-nm").GetAsync($"/api/registry/children/{id}");

        var auditor = registry.ClientAs("civil-affairs", "auditor", "1201", user: "aud-1");
        var page = await (await auditor.GetAsync($"/api/registry/audit?child={id}")).Json();

        var entries = page.GetProperty("entries").EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "GET /api/registry/children/{id:guid}/file" && e.GetProperty("actor").GetString() == "cw-tj");
        Assert.DoesNotContain(entries, e => e.GetProperty("actor").GetString() == "cw-nm");
        Assert.All(entries, e => Assert.Equal(id, e.GetProperty("childId").GetGuid()));

        var everywhere = await (await registry.ClientAs("platform", "auditor", "*").GetAsync($"/api/registry/audit?child={id}")).Json();
        Assert.Contains(everywhere.GetProperty("entries").EnumerateArray(), e => e.GetProperty("actor").GetString() == "cw-nm" && e.GetProperty("outcome").GetString() == "failed");
        Assert.Contains(everywhere.GetProperty("entries").EnumerateArray(), e => e.GetProperty("actor").GetString() == "aud-1" && e.GetProperty("action").GetString() == "GET /api/registry/audit");
    }

    [Theory]
    [InlineData("child=not-a-uuid", "child")]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2026-05-02&to=2026-05-01", "to")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=500", "pageSize")]
    public async Task Bad_input_is_a_validation_problem(string query, string field)
    {
        var response = await registry.ClientAs("civil-affairs", "auditor", "1201").GetAsync($"/api/registry/audit?{query}");
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Callers_without_the_auditor_role_are_refused_and_that_is_recorded_too()
    {
        var response = await registry.ClientAs("platform", "operator", "*", user: "op-9").GetAsync("/api/registry/audit");
        await response.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        Assert.Equal(1, await registry.Database.ScalarAsync(
            "SELECT count(*) FROM audit.entries WHERE actor = 'op-9' AND action = 'GET /api/registry/audit' AND outcome = 'denied'"));
    }

    [Fact]
    public async Task Entries_are_found_by_time_window()
    {
        var caseworker = registry.Caseworker();
        var (id, _) = await caseworker.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName()));
        await caseworker.FileAsync(id);
        var auditor = registry.ClientAs("platform", "auditor", "*");
        var now = registry.Clock.GetUtcNow();
        var inside = await (await auditor.GetAsync($"/api/registry/audit?child={id}&from={Uri.EscapeDataString(now.AddMinutes(-1).ToString("O"))}")).Json();
        var before = await (await auditor.GetAsync($"/api/registry/audit?child={id}&to={Uri.EscapeDataString(now.AddMinutes(-1).ToString("O"))}")).Json();
        Assert.NotEqual(0, inside.GetProperty("total").GetInt64());
        Assert.Equal(0, before.GetProperty("total").GetInt64());
    }
}

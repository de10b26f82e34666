using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Testing;

namespace ChildProtection.EndToEnd.Tests;

/// <summary>An auditor follows one child across the services through the gateway's <c>GET /api/audit</c>.</summary>
[Collection(PlatformCollection.Name)]
public class AuditThroughGatewayTests(PlatformFixture platform)
{
    private const string Village = "120116100302";

    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Registering_a_child_reading_its_file_and_its_visit_plan_all_show_in_the_childs_audit_trail()
    {
        var caseworker = await platform.ClientAsync("civil-affairs", "caseworker", "120116");
        var created = await caseworker.PostAsJsonAsync("/api/registry/children",
            new { name = "赵小" + (char)(0x4E00 + Random.Shared.Next(0, 20000)), gender = "male", birthDate = "2016-02-01", regionCode = Village, household = "rural" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json(created)).GetProperty("id").GetGuid();
        using (var read = new HttpRequestMessage(HttpMethod.Get, $"/api/registry/children/{id}/file"))
        {
            read.Headers.Add("X-Access-Purpose", "end-to-end test: audit trail");
            Assert.Equal(HttpStatusCode.OK, (await caseworker.SendAsync(read)).StatusCode);
        }
        // Visits has no plan for a child outside every category: its 404 is a read of the child all the same.
        await caseworker.GetAsync($"/api/visits/plans/{id}");

        var auditor = await platform.ClientAsync("civil-affairs", "auditor", "1201");
        var trail = await Json(await auditor.GetAsync($"/api/audit?child={id}"));

        Assert.False(trail.GetProperty("partial").GetBoolean(), trail.GetRawText());
        var entries = trail.GetProperty("entries").EnumerateArray()
            .Select(e => (Service: e.GetProperty("service").GetString(), Action: e.GetProperty("action").GetString(), Purpose: e.TryGetProperty("purpose", out var p) ? p.GetString() : null))
            .ToList();
        Assert.Contains(("registry", "POST /api/registry/children", (string?)null), entries);
        Assert.Contains(("registry", "GET /api/registry/children/{id:guid}/file", "end-to-end test: audit trail"), entries);
        Assert.Contains(entries, e => e.Service == "visits" && e.Action!.StartsWith("GET /api/visits/plans/", StringComparison.Ordinal));

        var caseworkerAsks = await caseworker.GetAsync($"/api/audit?child={id}");
        Assert.Equal(HttpStatusCode.Forbidden, caseworkerAsks.StatusCode);
    }
}

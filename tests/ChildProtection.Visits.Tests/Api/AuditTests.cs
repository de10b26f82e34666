using System.Net;

namespace ChildProtection.Visits.Tests.Api;

/// <summary>Visits' requests land in the platform's audit log with the child from the route; <c>GET /api/visits/audit</c> serves them.</summary>
public class AuditTests(VisitsFactory visits) : IClassFixture<VisitsFactory>
{
    private const string Village = "210502100202";

    private Task<string> RowAsync(string actor, string action) => visits.Database.ScalarTextAsync(
        "SELECT concat_ws('|', service, department, role, region, child_id, purpose, outcome, status) FROM audit.entries "
        + $"WHERE actor = '{actor}' AND action = '{action}' ORDER BY id DESC LIMIT 1");

    [Fact]
    public async Task A_visit_recorded_a_plan_read_and_a_refused_read_are_each_recorded_for_the_child()
    {
        var id = await visits.ChildInScopeAsync(Village);
        var director = visits.Director(Village);

        Assert.Equal(HttpStatusCode.Created, (await director.RecordAsync(id, VisitsApi.HomeVisit(visits.Clock.GetUtcNow().AddHours(-1)))).StatusCode);
        var read = new HttpRequestMessage(HttpMethod.Get, $"/api/visits/plans/{id}");
        read.Headers.Add("X-Access-Purpose", "planning the next visit");
        Assert.Equal(HttpStatusCode.OK, (await director.SendAsync(read)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await visits.ClientAs("police", "officer", "2105", "officer-5").GetAsync($"/api/visits/plans/{id}")).StatusCode);

        Assert.Equal($"visits|civil-affairs|child-director|{Village}|{id}|success|201",
            await RowAsync($"director-{Village}", "POST /api/visits/plans/{childId:guid}/visits"));
        Assert.Equal($"visits|civil-affairs|child-director|{Village}|{id}|planning the next visit|success|200",
            await RowAsync($"director-{Village}", "GET /api/visits/plans/{childId:guid}"));
        Assert.Equal($"visits|police|officer|2105|{id}|denied|403", await RowAsync("officer-5", "GET /api/visits/plans/{childId:guid}"));

        var page = await (await visits.ClientAs("civil-affairs", "auditor", "2105").GetAsync($"/api/visits/audit?child={id}")).Json();
        var actions = page.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("POST /api/visits/plans/{childId:guid}/visits", actions);
        Assert.Equal("visits", page.GetProperty("service").GetString());
    }
}

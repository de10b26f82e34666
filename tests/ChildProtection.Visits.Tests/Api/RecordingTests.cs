using System.Net;
using ChildProtection.Testing;
using Out = ChildProtection.Contracts.Visits;

namespace ChildProtection.Visits.Tests.Api;

/// <summary>Recording contacts and home visits over HTTP: validation, access, If-Match, escalations published.</summary>
public class RecordingTests(VisitsFactory visits) : IClassFixture<VisitsFactory>
{
    private const string Village = "150202100201"; // Baotou

    private Task<long> EventsOf(Guid id) => visits.Database.ScalarAsync($"SELECT count(*) FROM visits.mt_events WHERE stream_id = '{id}'");

    [Fact]
    public async Task A_home_visit_finding_harm_publishes_HarmFoundOnVisit_through_the_outbox_with_the_real_values()
    {
        await using var published = await Published.StartAsync(visits.VirtualHost);
        var director = Guid.NewGuid();
        var id = await visits.ChildInScopeAsync(Village, directorId: director);
        var at = visits.Clock.GetUtcNow().AddHours(-3);

        var response = await visits.Director(Village).RecordAsync(id, VisitsApi.HomeVisit(at,
            new { code = "signs-of-harm", note = "bruises on both arms" }, new { code = "carer-unable-or-unwilling", note = "carer drinks" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Json();
        var visitId = body.GetProperty("visitId").GetGuid();
        Assert.Contains("visits.mandatory-report-requested.v1", body.GetProperty("escalations").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(visits.Today.AddMonths(1).ToString("yyyy-MM-dd"), body.GetProperty("plan").DueOn("contact"));

        var harm = await published.SingleAsync<Out.HarmFoundOnVisit>(h => h.VisitId == visitId, "HarmFoundOnVisit published");
        Assert.Equal((id, Village, director, "director-" + Village), (harm.ChildId, harm.RegionCode, harm.DirectorId, harm.RecordedBy));
        Assert.Equal(["signs-of-harm"], harm.Findings);
        Assert.Contains("bruises on both arms", harm.Observation);
        Assert.Equal(at.ToUnixTimeSeconds(), harm.ObservedAt.ToUnixTimeSeconds());

        var carer = await published.SingleAsync<Out.CarerFailureEscalated>(c => c.VisitId == visitId, "carer failure published");
        Assert.Equal(["parents", "township-supervisor"], carer.Notify);
        Assert.Equal("150202100", carer.TownshipCode);
        await published.SingleAsync<Out.VisitRecorded>(v => v.VisitId == visitId, "the visit goes to the child's file");
    }

    [Fact]
    public async Task Bad_input_is_refused_with_400_and_nothing_is_stored()
    {
        var id = await visits.ChildInScopeAsync(Village);
        var before = await EventsOf(id);
        var director = visits.Director(Village);
        var now = visits.Clock.GetUtcNow();

        var future = await director.RecordAsync(id, VisitsApi.HomeVisit(now.AddHours(1)));
        Assert.True((await future.AssertProblemAsync(HttpStatusCode.BadRequest, ChildProtection.ServiceDefaults.ProblemTypes.Validation))
            .GetProperty("errors").TryGetProperty("occurredAt", out _));
        var unknown = await director.RecordAsync(id, VisitsApi.HomeVisit(now.AddHours(-1), new { code = "bad-mood" }));
        Assert.True((await unknown.Json()).GetProperty("errors").TryGetProperty("findings[0].code", out _));
        var notInScope = await director.RecordAsync(Guid.NewGuid(), VisitsApi.HomeVisit(now.AddHours(-1)));
        Assert.Equal(HttpStatusCode.BadRequest, notInScope.StatusCode);
        Assert.True((await notInScope.Json()).GetProperty("errors").TryGetProperty("childId", out _));

        Assert.Equal(before, await EventsOf(id));
    }

    [Fact]
    public async Task If_Match_guards_the_plan_and_a_stale_version_is_409()
    {
        var id = await visits.ChildInScopeAsync(Village);
        var director = visits.Director(Village);
        var read = await director.GetAsync($"/api/visits/plans/{id}");
        var etag = read.Headers.ETag!.Tag;
        var at = visits.Clock.GetUtcNow().AddHours(-1);

        var first = await director.RecordAsync(id, new { kind = "contact", mode = "phone", occurredAt = at, place = "by phone", seen = new[] { "carer" } }, etag);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag!.Tag);
        var stale = await director.RecordAsync(id, new { kind = "contact", mode = "video", occurredAt = at, place = "video call", seen = new[] { "child" } }, etag);
        await stale.AssertProblemAsync(HttpStatusCode.Conflict, ChildProtection.ServiceDefaults.ProblemTypes.ConcurrencyConflict);

        var listed = await (await director.GetAsync($"/api/visits/plans/{id}/visits")).Json();
        Assert.Single(listed.EnumerateArray());
    }

    [Fact]
    public async Task Only_civil_affairs_of_the_childs_region_may_record_and_supervisors_only_read()
    {
        var id = await visits.ChildInScopeAsync(Village);
        var visit = VisitsApi.HomeVisit(visits.Clock.GetUtcNow().AddHours(-1));

        Assert.Equal(HttpStatusCode.Forbidden, (await visits.ClientAs("police", "officer", "1502").RecordAsync(id, visit)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await visits.ClientAs("education", "caseworker", "1502").GetAsync($"/api/visits/plans/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await visits.Supervisor("150202100").RecordAsync(id, visit)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visits.Supervisor("150202100").GetAsync($"/api/visits/plans/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visits.Supervisor("150202101").GetAsync($"/api/visits/plans/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visits.Director("150202100202").RecordAsync(id, visit)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await visits.Caseworker("150202").RecordAsync(id, visit)).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using ChildProtection.Contracts.Police;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Police.Tests.Cases;

[Collection(PoliceCollection.Name)]
public class CasesApiTests(PoliceFactory police)
{
    [Fact]
    public async Task An_officer_opens_a_case_directly_and_it_is_published_as_pending_review()
    {
        var child = police.RegisteredChild();
        var response = await police.Officer().PostAsJsonAsync("/api/police/cases", PoliceApi.Case(childId: child));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Json();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal("pending-review", body.GetProperty("kind").GetString());
        Assert.Equal("direct", body.GetProperty("source").GetString());
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);

        var opened = await police.WaitFor<PoliceCaseOpened>(m => m.CaseId == id, "PoliceCaseOpened published");
        Assert.Equal(child, opened.ChildId);
        Assert.Equal("pending-review", opened.CaseKind);
        var entry = await police.WaitFor<PoliceCaseMilestoneRecorded>(m => m.CaseId == id, "a child-file entry for the opened case");
        Assert.Equal("opened", entry.Milestone);
    }

    [Fact]
    public async Task A_prosecutor_or_a_caseworker_cannot_open_a_case_and_an_officer_cannot_open_one_outside_their_region()
    {
        var before = await police.Database.ScalarAsync("SELECT count(*) FROM police.mt_events");
        await (await police.ClientAs("procuratorate", "prosecutor", "120116").PostAsJsonAsync("/api/police/cases", PoliceApi.Case()))
            .AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await (await police.ClientAs("civil-affairs", "caseworker", "120116").PostAsJsonAsync("/api/police/cases", PoliceApi.Case()))
            .AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await (await police.Officer("120101").PostAsJsonAsync("/api/police/cases", PoliceApi.Case()))
            .AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        Assert.Equal(before, await police.Database.ScalarAsync("SELECT count(*) FROM police.mt_events"));
    }

    [Fact]
    public async Task Bad_input_is_a_400_with_every_field_and_nothing_is_stored()
    {
        var before = await police.Database.ScalarAsync("SELECT count(*) FROM police.mt_events");
        var response = await police.Officer().PostAsJsonAsync("/api/police/cases",
            new { regionCode = "12011", situations = new[] { "bogus" }, kind = "civil", urgency = "soon", childId = Guid.Empty });
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "regionCode", "situations", "kind", "urgency", "childId" })
            Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.Equal(before, await police.Database.ScalarAsync("SELECT count(*) FROM police.mt_events"));
    }

    [Fact]
    public async Task A_village_committee_reports_a_failing_guardian_and_a_case_opens_from_it()
    {
        var committee = police.ClientAs("village-committee", "member", "120116100201");
        var response = await committee.PostAsJsonAsync("/api/police/cases/village-committee-reports", PoliceApi.Case(kind: "criminal"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Json();
        Assert.Equal("village-committee", body.GetProperty("source").GetString());
        Assert.Equal("pending-review", body.GetProperty("kind").GetString());
        // The committee reports; only officers act on the case.
        await (await committee.GetAsync($"/api/police/cases/{body.GetProperty("id").GetGuid()}")).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
    }

    [Fact]
    public async Task A_case_is_classified_transferred_with_a_reason_and_then_refuses_every_change()
    {
        var officer = police.Officer();
        var (id, etag) = await officer.OpenCaseAsync();
        var classified = await officer.SendAsync(HttpMethod.Put, $"/api/police/cases/{id}/kind", new { kind = "administrative" }, etag);
        Assert.Equal(HttpStatusCode.OK, classified.StatusCode);
        etag = classified.Headers.ETag!.Tag;

        var transferred = await officer.SendAsync(HttpMethod.Post, $"/api/police/cases/{id}/transfer",
            new { toUnit = "天津市公安局滨海分局刑侦支队", reason = "涉嫌刑事犯罪，移交管辖" }, etag);
        Assert.Equal(HttpStatusCode.OK, transferred.StatusCode);
        var body = await transferred.Json();
        Assert.Equal("transferred", body.GetProperty("status").GetString());
        Assert.Equal("transferred", body.GetProperty("outcome").GetString());
        etag = transferred.Headers.ETag!.Tag;

        var outcome = await police.WaitFor<PoliceCaseOutcomeRecorded>(m => m.CaseId == id, "the transfer is an outcome for the reporter");
        Assert.Equal("transferred", outcome.Outcome);
        Assert.DoesNotContain("刑侦", outcome.Summary, StringComparison.Ordinal);

        var before = await police.Database.ScalarAsync($"SELECT count(*) FROM police.mt_events WHERE stream_id = '{id}'");
        var closing = await officer.SendAsync(HttpMethod.Post, $"/api/police/cases/{id}/closure", new { outcome = "admonished" }, etag);
        var problem = await closing.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected);
        Assert.Equal("case-not-open", problem.GetProperty("code").GetString());
        await (await officer.AdmonishAsync(id)).AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected);
        Assert.Equal(before, await police.Database.ScalarAsync($"SELECT count(*) FROM police.mt_events WHERE stream_id = '{id}'"));
        Assert.Equal(0, await police.Database.ScalarAsync($"SELECT count(*) FROM police.instruments WHERE case_id = '{id}'"));
    }

    [Fact]
    public async Task Changes_need_the_current_ETag()
    {
        var officer = police.Officer();
        var (id, _) = await officer.OpenCaseAsync();
        Assert.Equal((HttpStatusCode)428, (await officer.SendAsync(HttpMethod.Put, $"/api/police/cases/{id}/kind", new { kind = "criminal" }, null)).StatusCode);
        await (await officer.SendAsync(HttpMethod.Put, $"/api/police/cases/{id}/kind", new { kind = "criminal" }, "\"7\""))
            .AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.ConcurrencyConflict);
    }

    [Fact]
    public async Task Closing_with_an_outcome_feeds_the_reporter_a_safe_line_and_the_childs_file()
    {
        var officer = police.Officer();
        var child = police.RegisteredChild();
        var (id, etag) = await officer.OpenCaseAsync(childId: child);
        var closed = await officer.SendAsync(HttpMethod.Post, $"/api/police/cases/{id}/closure", new { outcome = "no-offence-found" }, etag);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var outcome = await police.WaitFor<PoliceCaseOutcomeRecorded>(m => m.CaseId == id, "outcome published");
        Assert.Equal("The police looked into the report and found no offence.", outcome.Summary);
        var entry = await police.WaitFor<PoliceCaseMilestoneRecorded>(m => m.CaseId == id && m.Milestone == "closed", "file entry for the closure");
        Assert.Equal(child, entry.ChildId);
    }

    [Fact]
    public async Task An_officer_of_another_district_neither_sees_nor_lists_nor_changes_the_case()
    {
        var (id, etag) = await police.Officer().OpenCaseAsync("120116100202");
        var other = police.Officer("120101");
        await (await other.GetAsync($"/api/police/cases/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        await (await other.SendAsync(HttpMethod.Put, $"/api/police/cases/{id}/kind", new { kind = "criminal" }, etag))
            .AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        await (await other.AdmonishAsync(id)).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        var list = await (await other.GetAsync("/api/police/cases")).Json();
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        var mine = await (await police.Officer().GetAsync("/api/police/cases?region=120116100202")).Json();
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task A_case_or_a_late_identification_naming_a_child_the_registry_does_not_know_is_refused_and_nothing_is_stored()
    {
        var officer = police.Officer();
        var before = await police.Database.ScalarAsync("SELECT count(*) FROM police.mt_events");
        var response = await officer.PostAsJsonAsync("/api/police/cases", PoliceApi.Case(childId: Guid.NewGuid()));
        Assert.True((await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation)).GetProperty("errors").TryGetProperty("childId", out _));
        Assert.Equal(before, await police.Database.ScalarAsync("SELECT count(*) FROM police.mt_events"));

        var (id, etag) = await officer.OpenCaseAsync();
        await (await officer.SendAsync(HttpMethod.Put, $"/api/police/cases/{id}/child", new { childId = Guid.NewGuid() }, etag))
            .AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.Equal(1, await police.Database.ScalarAsync($"SELECT count(*) FROM police.mt_events WHERE stream_id = '{id}'"));
    }
}

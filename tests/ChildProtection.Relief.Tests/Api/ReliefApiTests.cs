using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Relief.Reviews;
using ChildProtection.Testing;
using Microsoft.Extensions.DependencyInjection;
using Court = ChildProtection.Contracts.Court;
using Out = ChildProtection.Contracts.Relief;
using Registry = ChildProtection.Contracts.Registry;
using Visits = ChildProtection.Contracts.Visits;

namespace ChildProtection.Relief.Tests.Api;

/// <summary>The Relief service end to end on its own database and bus: events in, cases, decisions, entitlements out.</summary>
public class ReliefApiTests(ReliefFactory relief) : IClassFixture<ReliefFactory>
{
    private const string Village = "110105001002";
    private const string Township = "110105001";
    private const string County = "110105";

    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private async Task<Guid> UnsupportedChildAsync(DateOnly? birth = null)
    {
        var id = Guid.NewGuid();
        var now = relief.Clock.GetUtcNow();
        await relief.PublishAsync(new Registry.ChildRegistered(id, Village, "male", birth ?? new DateOnly(2014, 4, 2), "rural", now));
        await relief.PublishAsync(new Registry.ChildCategoryEntered(id, "de-facto-unsupported",
            ["father imprisoned since 2025-01-01 until 2028-01-01, 6 months or more", "mother: lost contact, 6 months or more"], relief.Today, now));
        return id;
    }

    private async Task<JsonElement> StateAsync(Guid id, Func<JsonElement, bool> until)
    {
        var client = relief.Caseworker(County);
        JsonElement state = default;
        await Eventually.TrueAsync(async () =>
        {
            var r = await client.GetAsync($"/api/relief/children/{id}");
            if (r.StatusCode != HttpStatusCode.OK) return false;
            state = await Json(r);
            return until(state);
        }, TimeSpan.FromSeconds(30), "Relief follows the events");
        return state;
    }

    private async Task<(string ETag, Guid CaseId)> OpenCaseAsync(Guid id)
    {
        var state = await StateAsync(id, s => s.GetProperty("cases").GetArrayLength() > 0);
        var r = await relief.Caseworker(County).GetAsync($"/api/relief/children/{id}");
        return (r.Headers.ETag!.Tag, state.GetProperty("cases")[0].GetProperty("caseId").GetGuid());
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string url, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body ?? new { }) };
        if (ifMatch is not null) request.Headers.IfMatch.ParseAdd(ifMatch);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task A_de_facto_unsupported_child_gets_a_case_without_applying_then_township_verifies_county_confirms_and_payment_starts_next_month()
    {
        await using var published = await Published.StartAsync(relief.VirtualHost);
        var id = await UnsupportedChildAsync();
        var (etag, caseId) = await OpenCaseAsync(id);
        var opened = await published.SingleAsync<Out.ReliefCaseOpened>(o => o.ChildId == id, "the case is published to the child's file");
        Assert.Equal(("de-facto-unsupported-allowance", "proactive", "relief"), (opened.Programme, opened.Origin, opened.FileSource));

        // The county cannot verify; the township cannot confirm.
        await (await Post(relief.Officer(County), $"/api/relief/children/{id}/cases/{caseId}/verification", new { }, etag)).AssertProblemAsync(HttpStatusCode.Forbidden, "https://childprotection.example/problems/forbidden");
        var verified = await Post(relief.Officer(Township, "township-officer"), $"/api/relief/children/{id}/cases/{caseId}/verification",
            new { evidence = new[] { "household registration (户口簿)" }, note = "checked with police data" }, etag);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        etag = verified.Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(relief.Officer(Township), $"/api/relief/children/{id}/cases/{caseId}/confirmation", null, etag)).StatusCode);

        // A stale ETag is a conflict; a missing one is 428.
        Assert.Equal(HttpStatusCode.Conflict, (await Post(relief.Officer(County), $"/api/relief/children/{id}/cases/{caseId}/confirmation", null, "\"1\"")).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await Post(relief.Officer(County), $"/api/relief/children/{id}/cases/{caseId}/confirmation", null, null)).StatusCode);

        var confirmed = await Post(relief.Officer(County, "county-officer"), $"/api/relief/children/{id}/cases/{caseId}/confirmation", null, etag);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var body = await Json(confirmed);
        var @case = body.GetProperty("cases")[0];
        Assert.Equal(("township-officer", "county-officer"), (@case.GetProperty("verifiedBy").GetString(), @case.GetProperty("confirmedBy").GetString()));
        var nextMonth = new DateOnly(relief.Today.Year, relief.Today.Month, 1).AddMonths(1);
        var started = await published.SingleAsync<Out.ReliefEntitlementStarted>(s => s.ChildId == id, "the entitlement is published");
        Assert.Equal((nextMonth, 1440), (started.StartMonth, started.MonthlyYuan));

        var ledger = await Json(await relief.Caseworker(County).GetAsync($"/api/relief/children/{id}/ledger?through={nextMonth.AddMonths(1):yyyy-MM}"));
        Assert.Equal(2, ledger.GetProperty("lines").GetArrayLength());
        Assert.Equal(2880, ledger.GetProperty("totalYuan").GetInt32());

        // The father is released: Registry's category ends, termination is proposed for the month after.
        var releasedOn = relief.Today;
        await relief.PublishAsync(new Registry.ChildCategoryLeft(id, "de-facto-unsupported", ["father released"], releasedOn, relief.Clock.GetUtcNow()));
        var proposed = await published.SingleAsync<Out.ReliefTerminationProposed>(p => p.ChildId == id, "termination proposed");
        Assert.Equal(new DateOnly(releasedOn.Year, releasedOn.Month, 1).AddMonths(1), proposed.EffectiveMonth);
    }

    [Fact]
    public async Task A_rejection_needs_written_reasons_and_nothing_is_stored_on_a_bad_request()
    {
        var id = await UnsupportedChildAsync();
        var (etag, caseId) = await OpenCaseAsync(id);
        await (await Post(relief.Officer(Township), $"/api/relief/children/{id}/cases/{caseId}/rejection", new { reasons = " " }, etag))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "https://childprotection.example/problems/validation");
        var rejected = await Post(relief.Officer(Township), $"/api/relief/children/{id}/cases/{caseId}/rejection",
            new { reasons = "The sentence was suspended; the father lives at home." }, etag);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var again = await Post(relief.Officer(Township), $"/api/relief/children/{id}/cases/{caseId}/rejection", new { reasons = "again" }, rejected.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(2, await relief.Database.ScalarAsync($"SELECT count(*) FROM relief.mt_events WHERE stream_id = '{id}'"));
    }

    [Fact]
    public async Task Only_civil_affairs_relief_officers_and_caseworkers_of_the_region_may_use_relief()
    {
        var id = await UnsupportedChildAsync();
        await OpenCaseAsync(id);
        Assert.Equal(HttpStatusCode.Forbidden, (await relief.ClientAs("police", "officer", County).GetAsync($"/api/relief/children/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await relief.ClientAs("civil-affairs", "child-director", Village).GetAsync($"/api/relief/children/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await relief.Caseworker("120116").GetAsync($"/api/relief/children/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await relief.Officer(Township).GetAsync($"/api/relief/children/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_child_moving_to_another_county_takes_the_relief_record_with_her()
    {
        var id = await UnsupportedChildAsync();
        await OpenCaseAsync(id);
        const string newVillage = "120116100201";
        await relief.PublishAsync(new Registry.ChildDetailsCorrected(id, newVillage, "male", new DateOnly(2014, 4, 2), "rural", relief.Clock.GetUtcNow()));

        var newCounty = relief.Caseworker("120116");
        await Eventually.TrueAsync(async () => (await newCounty.GetAsync($"/api/relief/children/{id}")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), "the new county sees the moved child's relief");
        Assert.Equal(newVillage, (await Json(await newCounty.GetAsync($"/api/relief/children/{id}"))).GetProperty("regionCode").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await relief.Caseworker(County).GetAsync($"/api/relief/children/{id}")).StatusCode);
        Assert.Equal(1, await relief.Database.ScalarAsync($"SELECT count(*) FROM relief.mt_events WHERE stream_id = '{id}' AND type = 'relief.child-moved.v1'"));
    }

    [Fact]
    public async Task Visits_and_court_events_trigger_assessment_and_repeated_facts_open_no_duplicate_cases()
    {
        var id = Guid.NewGuid();
        var now = relief.Clock.GetUtcNow();
        await relief.PublishAsync(new Registry.ChildRegistered(id, Village, "female", new DateOnly(2016, 1, 1), "rural", now));
        await relief.PublishAsync(new Visits.ReliefAssessmentRequested(Guid.NewGuid(), id, Village, ["needs-relief"], null, now));
        var state = await StateAsync(id, s => s.GetProperty("cases").GetArrayLength() == 1);
        Assert.Equal("temporary-assistance", state.GetProperty("cases")[0].GetProperty("programme").GetString());

        await relief.PublishAsync(new Registry.ChildCategoryEntered(id, "in-difficulty-poverty", ["family living hardship"], relief.Today, now));
        await relief.PublishAsync(new Court.GuardianshipRevocationJudged(Guid.NewGuid(), Guid.NewGuid(), id, Village, true, ["father", "mother"],
            "civil-affairs", relief.Today, now));
        state = await StateAsync(id, s => s.GetProperty("cases").EnumerateArray().Any(c => c.GetProperty("programme").GetString() == "extreme-poverty-support"));
        Assert.Contains(state.GetProperty("cases").EnumerateArray(), c => c.GetProperty("programme").GetString() == "minimum-living-guarantee");

        var count = await relief.Database.ScalarAsync($"SELECT count(*) FROM relief.mt_events WHERE stream_id = '{id}'");
        await relief.PublishAsync(new Court.GuardianshipRevocationJudged(Guid.NewGuid(), Guid.NewGuid(), id, Village, true, ["father", "mother"],
            "civil-affairs", relief.Today, now));
        await relief.PublishAsync(new Visits.ReliefAssessmentRequested(Guid.NewGuid(), id, Village, ["needs-relief"], null, now));
        await Task.Delay(1500);
        Assert.Equal(count, await relief.Database.ScalarAsync($"SELECT count(*) FROM relief.mt_events WHERE stream_id = '{id}'"));
    }

    [Fact]
    public async Task The_daily_scan_raises_an_overdue_review_once_when_the_clock_passes_the_due_date_and_the_coverage_view_counts_it()
    {
        await using var published = await Published.StartAsync(relief.VirtualHost);
        var id = await UnsupportedChildAsync(new DateOnly(2012, 1, 1));
        var (etag, caseId) = await OpenCaseAsync(id);
        var verified = await Post(relief.Officer(Township), $"/api/relief/children/{id}/cases/{caseId}/verification", new { }, etag);
        var coverage = await Json(await relief.Caseworker(County).GetAsync($"/api/relief/coverage?county={County}"));
        Assert.Contains(coverage.GetProperty("pending").EnumerateArray(), p => p.GetProperty("childId").GetGuid() == id);
        Assert.Contains(coverage.GetProperty("uncoveredChildren").EnumerateArray(), c => c.GetGuid() == id);
        Assert.Equal(HttpStatusCode.OK, (await Post(relief.Officer(County), $"/api/relief/children/{id}/cases/{caseId}/confirmation", null, verified.Headers.ETag!.Tag)).StatusCode);
        coverage = await Json(await relief.Caseworker(County).GetAsync($"/api/relief/coverage?county={County}"));
        Assert.DoesNotContain(coverage.GetProperty("uncoveredChildren").EnumerateArray(), c => c.GetGuid() == id);

        var scan = relief.Services.GetRequiredService<DailyScan>();
        var start = relief.Clock.GetUtcNow();
        relief.Clock.Advance(TimeSpan.FromDays(400));
        await scan.RunAsync(default);
        await scan.RunAsync(default);
        Assert.Equal(1, await relief.Database.ScalarAsync($"SELECT count(*) FROM relief.mt_events WHERE stream_id = '{id}' AND type = 'relief.review-overdue.v1'"));
        await published.SingleAsync<Out.ReliefReviewOverdue>(o => o.ChildId == id, "the overdue review is published");
        relief.Clock.SetTo(start);
        Assert.Equal(HttpStatusCode.BadRequest, (await relief.Caseworker(County).GetAsync("/api/relief/coverage?county=11")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await relief.Caseworker(County).GetAsync("/api/relief/coverage?county=120116")).StatusCode);
    }

    [Fact]
    public async Task A_minimum_living_guarantee_granted_on_an_application_is_not_proposed_for_termination_by_the_daily_scan()
    {
        var id = Guid.NewGuid();
        await relief.PublishAsync(new Registry.ChildRegistered(id, Village, "female", new DateOnly(2015, 6, 1), "urban", relief.Clock.GetUtcNow()));
        HttpResponseMessage applied = null!;
        await Eventually.TrueAsync(async () =>
        {
            applied = await Post(relief.Caseworker(Township), $"/api/relief/children/{id}/cases",
                new { programme = "minimum-living-guarantee", reasons = new[] { "verification platform: income per head below the local standard, assets within limits" } }, null);
            return applied.StatusCode != HttpStatusCode.NotFound;
        }, TimeSpan.FromSeconds(30), "Relief hears of the child");
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var caseId = (await Json(applied)).GetProperty("caseId").GetGuid();
        var verified = await Post(relief.Officer(Township), $"/api/relief/children/{id}/cases/{caseId}/verification", new { }, applied.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, (await Post(relief.Officer(County), $"/api/relief/children/{id}/cases/{caseId}/confirmation", null, verified.Headers.ETag!.Tag)).StatusCode);

        await relief.Services.GetRequiredService<DailyScan>().RunAsync(default);

        Assert.Equal(0, await relief.Database.ScalarAsync($"SELECT count(*) FROM relief.mt_events WHERE stream_id = '{id}' AND type = 'relief.termination-proposed.v1'"));
        var state = await Json(await relief.Caseworker(County).GetAsync($"/api/relief/children/{id}"));
        Assert.Equal(JsonValueKind.Null, state.GetProperty("entitlements")[0].GetProperty("terminationProposed").ValueKind);
    }

    [Fact]
    public async Task A_null_line_in_reasons_missing_evidence_or_evidence_is_a_400_not_a_500_and_nothing_is_stored()
    {
        var id = await UnsupportedChildAsync();
        var (etag, caseId) = await OpenCaseAsync(id);
        var before = await relief.Database.ScalarAsync($"SELECT count(*) FROM relief.mt_events WHERE stream_id = '{id}'");
        await (await Post(relief.Caseworker(Township), $"/api/relief/children/{id}/cases",
                new { programme = "temporary-assistance", reasons = new string?[] { null } }, null))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "https://childprotection.example/problems/validation");
        await (await Post(relief.Caseworker(Township), $"/api/relief/children/{id}/cases",
                new { programme = "temporary-assistance", reasons = new[] { "flood" }, missingEvidence = new string?[] { null } }, null))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "https://childprotection.example/problems/validation");
        await (await Post(relief.Officer(Township), $"/api/relief/children/{id}/cases/{caseId}/verification",
                new { evidence = new string?[] { "household registration (户口簿)", null } }, etag))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "https://childprotection.example/problems/validation");
        Assert.Equal(before, await relief.Database.ScalarAsync($"SELECT count(*) FROM relief.mt_events WHERE stream_id = '{id}'"));
    }

    [Fact]
    public async Task A_ledger_through_the_last_representable_month_is_a_400_not_a_500()
    {
        var id = await UnsupportedChildAsync();
        var (etag, caseId) = await OpenCaseAsync(id);
        var verified = await Post(relief.Officer(Township), $"/api/relief/children/{id}/cases/{caseId}/verification", new { }, etag);
        Assert.Equal(HttpStatusCode.OK, (await Post(relief.Officer(County), $"/api/relief/children/{id}/cases/{caseId}/confirmation", null, verified.Headers.ETag!.Tag)).StatusCode);
        await (await relief.Caseworker(County).GetAsync($"/api/relief/children/{id}/ledger?through=9999-12"))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "https://childprotection.example/problems/validation");
        Assert.Equal(HttpStatusCode.OK, (await relief.Caseworker(County).GetAsync($"/api/relief/children/{id}/ledger?through=2030-12")).StatusCode);
    }
}

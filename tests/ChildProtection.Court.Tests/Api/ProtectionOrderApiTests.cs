using System.Net;
using System.Net.Http.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Court.Tests.Api;

/// <summary>人身安全保护令 over HTTP: who may apply, the decision clock, validity, review, variation, expiry and breaches.</summary>
public class ProtectionOrderApiTests(CourtFactory court) : IClassFixture<CourtFactory>
{
    private const string Village = "120116001001";

    private static object Application(bool urgent, string? applicant = null, Guid? child = null, string region = Village) => new
    {
        childId = child ?? Guid.NewGuid(), regionCode = region, applicant, form = "oral", respondentRelation = "father", respondentName = "张某",
        requestedMeasures = new[] { "no-violence", "exclusion-zone-school" }, facts = "父亲多次殴打孩子", urgent,
    };

    private Task<(Guid Id, string ETag, System.Text.Json.JsonElement Body)> ApplyAsync(bool urgent) =>
        court.CivilAffairs().CreateAsync("/api/court/protection-orders", Application(urgent));

    private async Task<(Guid Id, string ETag)> IssuedAsync(DateOnly validUntil)
    {
        var (id, etag, _) = await ApplyAsync(urgent: true);
        var (etag2, _) = await court.Judge().ChangeAsync($"/api/court/protection-orders/{id}/issue",
            new { measures = new[] { "no-violence" }, validUntil = validUntil.Date() }, etag);
        return (id, etag2);
    }

    [Fact]
    public async Task An_urgent_application_is_due_in_24_hours_and_an_ordinary_one_in_72()
    {
        var (_, _, urgent) = await ApplyAsync(urgent: true);
        var (_, _, ordinary) = await ApplyAsync(urgent: false);
        Assert.Equal(TimeSpan.FromHours(24), urgent.GetProperty("decisionDueAt").GetDateTimeOffset() - urgent.GetProperty("appliedAt").GetDateTimeOffset());
        Assert.Equal(TimeSpan.FromHours(72), ordinary.GetProperty("decisionDueAt").GetDateTimeOffset() - ordinary.GetProperty("appliedAt").GetDateTimeOffset());
        Assert.Equal("civil-affairs", urgent.GetProperty("applicant").GetString());
        Assert.Equal("applied", urgent.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Only_statutory_applicants_apply_and_court_staff_name_the_applicant()
    {
        var education = await court.ClientAs("education", "teacher", "120116").PostAsJsonAsync("/api/court/protection-orders", Application(false));
        Assert.Equal(HttpStatusCode.Forbidden, education.StatusCode);

        var clerkWithout = await court.Clerk().PostAsJsonAsync("/api/court/protection-orders", Application(false));
        await clerkWithout.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var clerkUnknown = await court.Clerk().PostAsJsonAsync("/api/court/protection-orders", Application(false, "neighbour"));
        await clerkUnknown.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var (_, _, relative) = await court.Clerk().CreateAsync("/api/court/protection-orders", Application(false, "near-relative"));
        Assert.Equal("near-relative", relative.GetProperty("applicant").GetString());

        // 法释〔2022〕17号 (SPC provisions on protection orders) adds the disabled persons' federation to the agents who may apply.
        var (_, _, federation) = await court.ClientAs("disabled-federation", "officer", "120116").CreateAsync("/api/court/protection-orders", Application(false));
        Assert.Equal("disabled-federation", federation.GetProperty("applicant").GetString());

        var posing = await court.CivilAffairs().PostAsJsonAsync("/api/court/protection-orders", Application(false, "police"));
        await posing.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var elsewhere = await court.ClientAs("police", "officer", "120116").PostAsJsonAsync("/api/court/protection-orders", Application(false, region: "120101001001"));
        await elsewhere.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var noMeasures = await court.CivilAffairs().PostAsJsonAsync("/api/court/protection-orders", new { childId = Guid.NewGuid(), regionCode = Village,
            form = "written", respondentRelation = "father", requestedMeasures = Array.Empty<string>(), facts = "x", urgent = false });
        await noMeasures.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var judgeOnly = await court.ClientAs("police", "officer", "120116").GetAsync($"/api/court/protection-orders/{relative.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.Forbidden, judgeOnly.StatusCode);
    }

    [Fact]
    public async Task A_judge_decides_once_a_clerk_cannot_and_validity_is_capped_at_six_months()
    {
        var (id, etag, _) = await ApplyAsync(urgent: true);
        var path = $"/api/court/protection-orders/{id}/issue";
        var byClerk = await court.Clerk().PostWithIfMatchAsync(path, new { measures = new[] { "no-violence" }, validUntil = court.Today.AddMonths(3).Date() }, etag);
        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        var tooLong = await court.Judge().PostWithIfMatchAsync(path, new { measures = new[] { "no-violence" }, validUntil = court.Today.AddMonths(6).AddDays(1).Date() }, etag);
        Assert.Equal("validity-too-long", (await tooLong.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
        var noIfMatch = await court.Judge().PostWithIfMatchAsync(path, new { measures = new[] { "no-violence" }, validUntil = court.Today.AddMonths(6).Date() }, null);
        Assert.Equal(HttpStatusCode.PreconditionRequired, noIfMatch.StatusCode);

        var (etag2, issued) = await court.Judge().ChangeAsync(path, new { measures = new[] { "no-violence", "move-out" }, validUntil = court.Today.AddMonths(6).Date() }, etag);
        Assert.Equal("issued", issued.GetProperty("status").GetString());
        Assert.False(issued.GetProperty("decidedLate").GetBoolean());

        var stale = await court.Judge().PostWithIfMatchAsync($"/api/court/protection-orders/{id}/rejection", new { text = "证据不足" }, etag);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var twice = await court.Judge().PostWithIfMatchAsync($"/api/court/protection-orders/{id}/rejection", new { text = "证据不足" }, etag2);
        Assert.Equal("already-decided", (await twice.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());

        var (_, served) = await court.Clerk().ChangeAsync($"/api/court/protection-orders/{id}/service", new { servedOn = new[] { "police", "village-committee" } }, etag2);
        Assert.Equal(2, served.GetProperty("servedOn").GetArrayLength());
        Assert.Equal(3, await court.Database.ScalarAsync($"SELECT count(*) FROM court.mt_events WHERE stream_id = '{id}'"));
    }

    [Fact]
    public async Task An_undecided_application_is_overdue_once_after_72_hours_and_reaches_the_president_once_12_hours_later()
    {
        await court.ScanDeadlinesAsync();
        var (id, etag, _) = await ApplyAsync(urgent: false);
        court.Clock.Advance(TimeSpan.FromHours(71));
        await court.ScanDeadlinesAsync();
        Assert.Equal(0, await Count(id, "court.protection-order-decision-overdue.v1"));

        court.Clock.Advance(TimeSpan.FromHours(1));
        await court.ScanDeadlinesAsync();
        await court.ScanDeadlinesAsync();
        Assert.Equal(1, await Count(id, "court.protection-order-decision-overdue.v1"));
        var president = await (await court.Judge().GetAsync("/api/court/president/overdue-decisions")).Json();
        Assert.DoesNotContain(president.EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);

        court.Clock.Advance(TimeSpan.FromHours(12));
        await court.ScanDeadlinesAsync();
        await court.ScanDeadlinesAsync();
        Assert.Equal(1, await Count(id, "court.protection-order-escalated-to-president.v1"));
        president = await (await court.Judge().GetAsync("/api/court/president/overdue-decisions")).Json();
        Assert.Contains(president.EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);

        var etagNow = (await court.Judge().GetAsync($"/api/court/protection-orders/{id}")).Headers.ETag!.Tag;
        var (_, late) = await court.Judge().ChangeAsync($"/api/court/protection-orders/{id}/rejection", new { text = "证据不足" }, etagNow);
        Assert.True(late.GetProperty("decidedLate").GetBoolean());
        president = await (await court.Judge().GetAsync("/api/court/president/overdue-decisions")).Json();
        Assert.DoesNotContain(president.EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);
        _ = etag;
    }

    [Fact]
    public async Task An_urgent_application_decided_within_24_hours_is_never_overdue()
    {
        var (id, etag, _) = await ApplyAsync(urgent: true);
        court.Clock.Advance(TimeSpan.FromHours(23));
        await court.Judge().ChangeAsync($"/api/court/protection-orders/{id}/issue", new { measures = new[] { "no-violence" }, validUntil = court.Today.AddMonths(1).Date() }, etag);
        court.Clock.Advance(TimeSpan.FromHours(48));
        await court.ScanDeadlinesAsync();
        Assert.Equal(0, await Count(id, "court.protection-order-decision-overdue.v1"));
    }

    [Fact]
    public async Task An_order_expires_once_and_cannot_be_extended_changed_or_revoked_after_expiry()
    {
        var (id, etag) = await IssuedAsync(court.Today.AddDays(10));
        var (etag2, extended) = await court.Judge().ChangeAsync($"/api/court/protection-orders/{id}/extension", new { validUntil = court.Today.AddDays(20).Date() }, etag);
        Assert.Equal(court.Today.AddDays(20).Date(), extended.GetProperty("validUntil").GetString());
        var (etag3, _) = await court.Judge().ChangeAsync($"/api/court/protection-orders/{id}/change", new { measures = new[] { "no-violence", "no-online-or-phone-threats" } }, etag2);

        court.Clock.Advance(TimeSpan.FromDays(15));
        await court.ScanDeadlinesAsync();
        Assert.Equal(0, await Count(id, "court.protection-order-expired.v1"));
        court.Clock.Advance(TimeSpan.FromDays(6));
        var lateExtension = await court.Judge().PostWithIfMatchAsync($"/api/court/protection-orders/{id}/extension", new { validUntil = court.Today.AddMonths(1).Date() }, etag3);
        Assert.Equal("order-expired", (await lateExtension.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
        await court.ScanDeadlinesAsync();
        await court.ScanDeadlinesAsync();
        Assert.Equal(1, await Count(id, "court.protection-order-expired.v1"));

        var read = await court.Judge().GetAsync($"/api/court/protection-orders/{id}");
        Assert.Equal("expired", (await read.Json()).GetProperty("status").GetString());
        var revoke = await court.Judge().PostWithIfMatchAsync($"/api/court/protection-orders/{id}/revocation", new { text = "申请人撤回" }, read.Headers.ETag!.Tag);
        Assert.Equal("order-expired", (await revoke.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
        var extendTooFar = await IssuedAsync(court.Today.AddMonths(1));
        var far = await court.Judge().PostWithIfMatchAsync($"/api/court/protection-orders/{extendTooFar.Id}/extension",
            new { validUntil = court.Today.AddMonths(7).AddDays(1).Date() }, extendTooFar.ETag);
        Assert.Equal("validity-too-long", (await far.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Review_is_applied_for_once_within_five_days_of_the_decision()
    {
        var (id, etag) = await IssuedAsync(court.Today.AddMonths(2));
        court.Clock.Advance(TimeSpan.FromDays(5));
        var (etag2, _) = await court.Clerk().ChangeAsync($"/api/court/protection-orders/{id}/review", new { appliedBy = "respondent", reasons = "不服" }, etag);
        var again = await court.Clerk().PostWithIfMatchAsync($"/api/court/protection-orders/{id}/review", new { appliedBy = "respondent", reasons = "不服" }, etag2);
        Assert.Equal("review-already-applied", (await again.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
        var (_, upheld) = await court.Judge().ChangeAsync($"/api/court/protection-orders/{id}/review/decision", new { outcome = "upheld", reasons = "事实清楚" }, etag2);
        Assert.Equal("upheld", upheld.GetProperty("reviewStatus").GetString());

        var (late, lateEtag) = await IssuedAsync(court.Today.AddMonths(2));
        court.Clock.Advance(TimeSpan.FromDays(6));
        var tooLate = await court.Clerk().PostWithIfMatchAsync($"/api/court/protection-orders/{late}/review", new { appliedBy = "respondent", reasons = "不服" }, lateEtag);
        Assert.Equal("review-window-passed", (await tooLate.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Review_is_for_the_respondent_against_an_order_and_for_the_applicant_against_a_rejection()
    {
        // ADVL art. 31: 申请人对驳回申请不服或者被申请人对人身安全保护令不服的，可以申请复议一次.
        var (issued, issuedEtag) = await IssuedAsync(court.Today.AddMonths(2));
        var byApplicant = await court.Clerk().PostWithIfMatchAsync($"/api/court/protection-orders/{issued}/review",
            new { appliedBy = "applicant", reasons = "措施不够" }, issuedEtag);
        Assert.Equal("review-not-for-party", (await byApplicant.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
        Assert.Equal(2, await court.Database.ScalarAsync($"SELECT count(*) FROM court.mt_events WHERE stream_id = '{issued}'"));

        var (rejected, etag, _) = await ApplyAsync(urgent: false);
        var (rejectedEtag, _) = await court.Judge().ChangeAsync($"/api/court/protection-orders/{rejected}/rejection", new { text = "证据不足" }, etag);
        var byRespondent = await court.Clerk().PostWithIfMatchAsync($"/api/court/protection-orders/{rejected}/review",
            new { appliedBy = "respondent", reasons = "不服" }, rejectedEtag);
        Assert.Equal("review-not-for-party", (await byRespondent.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
        var (_, pending) = await court.Clerk().ChangeAsync($"/api/court/protection-orders/{rejected}/review",
            new { appliedBy = "applicant", reasons = "不服驳回" }, rejectedEtag);
        Assert.Equal("pending", pending.GetProperty("reviewStatus").GetString());
    }

    [Fact]
    public async Task Breaches_are_recorded_with_a_lawful_sanction_while_the_order_was_in_force()
    {
        var (id, etag) = await IssuedAsync(court.Today.AddMonths(1));
        var path = $"/api/court/protection-orders/{id}/breaches";
        var bigFine = await court.Judge().PostWithIfMatchAsync(path, new { breachedOn = court.Today.Date(), description = "到学校纠缠", sanction = "fine", fineYuan = 1500 }, etag);
        await bigFine.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var longDetention = await court.Judge().PostWithIfMatchAsync(path, new { breachedOn = court.Today.Date(), description = "殴打", sanction = "detention", detentionDays = 16 }, etag);
        await longDetention.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var before = await court.Judge().PostWithIfMatchAsync(path, new { breachedOn = court.Today.AddDays(-1).Date(), description = "殴打", sanction = "admonition" }, etag);
        Assert.Equal("breach-outside-validity", (await before.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
        var (_, breached) = await court.Judge().ChangeAsync(path, new { breachedOn = court.Today.Date(), description = "到学校纠缠", sanction = "fine", fineYuan = 1000 }, etag);
        Assert.Equal(1000, breached.GetProperty("breaches")[0].GetProperty("fineYuan").GetInt32());
        Assert.Equal(3, await court.Database.ScalarAsync($"SELECT count(*) FROM court.mt_events WHERE stream_id = '{id}'"));
    }

    private Task<long> Count(Guid id, string type) =>
        court.Database.ScalarAsync($"SELECT count(*) FROM court.mt_events WHERE stream_id = '{id}' AND type = '{type}'");
}

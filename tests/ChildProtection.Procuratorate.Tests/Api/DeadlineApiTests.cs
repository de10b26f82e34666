using System.Net;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Procuratorate.Tests.Api;

/// <summary>Every clock of the procuratorate, with the service's clock moved instead of waiting.</summary>
public class DeadlineApiTests(ProcuratorateFactory service) : IClassFixture<ProcuratorateFactory>
{
    private readonly HttpClient _prosecutor = service.Prosecutor();

    private Task<long> CountAsync(Guid stream, string type) =>
        service.Database.ScalarAsync($"SELECT count(*) FROM procuratorate.mt_events WHERE stream_id = '{stream}' AND type = '{type}'");

    [Fact]
    public async Task A_recommendation_unanswered_for_two_months_is_overdue_once_and_may_then_be_escalated()
    {
        var caseId = await _prosecutor.OpenCaseAsync(Guid.NewGuid());
        var issuedOn = service.Today;
        var (id, etag, body) = await _prosecutor.CreateAsync($"/api/procuratorate/cases/{caseId}/recommendations",
            new { unit = "某某镇中心小学", content = "落实强制报告制度", urgent = false });
        Assert.Equal(issuedOn.AddMonths(2).Date(), body.GetProperty("replyDue").GetString());

        var early = await _prosecutor.PostWithIfMatchAsync($"/api/procuratorate/recommendations/{id}/escalation", new { to = "superior-body", reason = "未回复" }, etag);
        Assert.Equal("no-non-compliance", (await early.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());

        service.Clock.Advance(TimeSpan.FromDays(59));
        await service.ScanDeadlinesAsync();
        Assert.Equal(0, await CountAsync(id, "procuratorate.recommendation-reply-overdue.v1"));

        service.Clock.SetTo(new DateTimeOffset(issuedOn.AddMonths(2).AddDays(1).ToDateTime(new TimeOnly(1, 0)), TimeSpan.FromHours(8)).ToUniversalTime());
        await service.ScanDeadlinesAsync();
        await service.ScanDeadlinesAsync();
        Assert.Equal(1, await CountAsync(id, "procuratorate.recommendation-reply-overdue.v1"));

        var read = await _prosecutor.GetAsync($"/api/procuratorate/recommendations/{id}");
        var view = await read.Json();
        Assert.Equal("reply-overdue", view.GetProperty("status").GetString());
        var (_, escalated) = await _prosecutor.ChangeAsync($"/api/procuratorate/recommendations/{id}/escalation",
            new { to = "superior-body", reason = "逾期未回复" }, read.Headers.ETag!.Tag);
        Assert.Equal("escalated", escalated.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_reply_dated_before_the_recommendation_was_issued_is_refused_and_nothing_is_stored()
    {
        var caseId = await _prosecutor.OpenCaseAsync(null);
        var (id, etag, _) = await _prosecutor.CreateAsync($"/api/procuratorate/cases/{caseId}/recommendations",
            new { unit = "某某网吧", content = "禁止接纳未成年人", urgent = false });
        var before = await _prosecutor.PostWithIfMatchAsync($"/api/procuratorate/recommendations/{id}/reply",
            new { receivedOn = service.Today.AddDays(-3).Date(), adequacy = "adequate" }, etag);
        Assert.Equal("reply-before-issue", (await before.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
        Assert.Equal(1, await service.Database.ScalarAsync($"SELECT count(*) FROM procuratorate.mt_events WHERE stream_id = '{id}'"));
    }

    [Fact]
    public async Task An_urgent_recommendation_is_due_in_fifteen_days_and_a_reply_is_recorded_once()
    {
        var caseId = await _prosecutor.OpenCaseAsync(null);
        var (id, etag, body) = await _prosecutor.CreateAsync($"/api/procuratorate/cases/{caseId}/recommendations",
            new { unit = "某某网吧", content = "禁止接纳未成年人", urgent = true });
        Assert.Equal(service.Today.AddDays(15).Date(), body.GetProperty("replyDue").GetString());
        (etag, var replied) = await _prosecutor.ChangeAsync($"/api/procuratorate/recommendations/{id}/reply",
            new { receivedOn = service.Today.Date(), adequacy = "adequate", summary = "已整改" }, etag);
        Assert.Equal("replied", replied.GetProperty("status").GetString());
        var twice = await _prosecutor.PostWithIfMatchAsync($"/api/procuratorate/recommendations/{id}/reply",
            new { receivedOn = service.Today.Date(), adequacy = "adequate" }, etag);
        Assert.Equal("already-replied", (await twice.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());

        service.Clock.Advance(TimeSpan.FromDays(20));
        await service.ScanDeadlinesAsync();
        Assert.Equal(0, await CountAsync(id, "procuratorate.recommendation-reply-overdue.v1"));
        Assert.Equal(2, await service.Database.ScalarAsync($"SELECT count(*) FROM procuratorate.mt_events WHERE stream_id = '{id}'"));
    }

    [Fact]
    public async Task A_civil_public_interest_suit_is_filed_after_the_thirty_day_notice()
    {
        var caseId = await _prosecutor.OpenCaseAsync(null);
        var (id, etag, body) = await _prosecutor.CreateAsync($"/api/procuratorate/cases/{caseId}/public-interest",
            new { kind = "civil", respondent = "某某游戏公司", content = "向未成年人提供网络游戏服务" });
        var ends = service.Today.AddDays(30);
        Assert.Equal(ends.Date(), body.GetProperty("periodEndsOn").GetString());
        var early = await _prosecutor.PostWithIfMatchAsync($"/api/procuratorate/public-interest/{id}/filing",
            new { courtCaseReference = "(2025)津0116民初100号", filedOn = service.Today.Date() }, etag);
        Assert.Equal("notice-running", (await early.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());

        service.Clock.Advance(TimeSpan.FromDays(31));
        await service.ScanDeadlinesAsync();
        await service.ScanDeadlinesAsync();
        Assert.Equal(1, await CountAsync(id, "procuratorate.public-interest-period-ended.v1"));
        var (_, filed) = await _prosecutor.ChangeAsync($"/api/procuratorate/public-interest/{id}/filing",
            new { courtCaseReference = "(2025)津0116民初100号", filedOn = service.Today.Date() }, "\"2\"");
        Assert.Equal("filed", filed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_administrative_pre_suit_recommendation_marked_urgent_gives_the_agency_fifteen_days()
    {
        var caseId = await _prosecutor.OpenCaseAsync(null);
        var (id, etag, body) = await _prosecutor.CreateAsync($"/api/procuratorate/cases/{caseId}/public-interest",
            new { kind = "administrative", respondent = "某某区市场监管局", content = "校园周边食品安全监管不力", urgent = true });
        Assert.Equal(service.Today.AddDays(15).Date(), body.GetProperty("periodEndsOn").GetString());
        var early = await _prosecutor.PostWithIfMatchAsync($"/api/procuratorate/public-interest/{id}/filing",
            new { courtCaseReference = "(2025)津0116行初7号", filedOn = service.Today.Date() }, etag);
        Assert.Equal("reply-period-running", (await early.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
        (etag, var replied) = await _prosecutor.ChangeAsync($"/api/procuratorate/public-interest/{id}/reply",
            new { receivedOn = service.Today.Date(), adequacy = "inadequate" }, etag);
        Assert.Equal("replied", replied.GetProperty("status").GetString());
        var (_, filed) = await _prosecutor.ChangeAsync($"/api/procuratorate/public-interest/{id}/filing",
            new { courtCaseReference = "(2025)津0116行初7号", filedOn = service.Today.Date() }, etag);
        Assert.Equal("filed", filed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_planned_check_in_left_unrecorded_is_overdue_once()
    {
        var caseId = await _prosecutor.OpenCaseAsync(Guid.NewGuid());
        var (id, _, _) = await _prosecutor.CreateAsync($"/api/procuratorate/cases/{caseId}/supervision-orders",
            new { guardians = new[] { "赵某" }, content = "履行监护职责", checkInDates = new[] { service.Today.AddDays(1).Date(), service.Today.AddDays(10).Date() } });
        service.Clock.Advance(TimeSpan.FromDays(3));
        await service.ScanDeadlinesAsync();
        await service.ScanDeadlinesAsync();
        Assert.Equal(1, await CountAsync(id, "procuratorate.supervision-check-in-overdue.v1"));
        var view = await (await _prosecutor.GetAsync($"/api/procuratorate/supervision-orders/{id}")).Json();
        Assert.Equal([true, false], view.GetProperty("checkIns").EnumerateArray().Select(c => c.GetProperty("overdue").GetBoolean()).ToArray());
    }

    [Fact]
    public async Task Only_an_operator_runs_the_scan_by_hand()
    {
        await (await _prosecutor.PostAsync("/api/procuratorate/operations/deadline-scan", null)).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        var run = await service.Operator().PostAsync("/api/procuratorate/operations/deadline-scan", null);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.True((await run.Json()).TryGetProperty("overdue", out _), "the answer says how many deadlines passed");
    }
}

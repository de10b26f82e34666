using System.Net;
using System.Net.Http.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Procuratorate.Tests.Api;

public class SupervisionOrderApiTests(ProcuratorateFactory service) : IClassFixture<ProcuratorateFactory>
{
    private readonly HttpClient _prosecutor = service.Prosecutor();

    private async Task<long> EventsOf(Guid stream) => await service.Database.ScalarAsync($"SELECT count(*) FROM procuratorate.mt_events WHERE stream_id = '{stream}'");

    private async Task<(Guid Case, Guid Order, string ETag)> IssuedAsync()
    {
        var caseId = await _prosecutor.OpenCaseAsync(Guid.NewGuid());
        var (order, etag, _) = await _prosecutor.CreateAsync($"/api/procuratorate/cases/{caseId}/supervision-orders",
            new { guardians = new[] { "王大明", "李小红" }, content = "履行监护职责，保证子女按时就学", familyEducationGuidance = true });
        return (caseId, order, etag);
    }

    [Fact]
    public async Task Order_is_served_checked_twice_and_completed_then_a_further_check_in_is_refused_and_nothing_stored()
    {
        var (caseId, order, etag) = await IssuedAsync();
        var today = service.Today;
        (etag, _) = await _prosecutor.ChangeAsync($"/api/procuratorate/supervision-orders/{order}/service", new { method = "written", servedOn = today.Date() }, etag);
        (etag, _) = await _prosecutor.ChangeAsync($"/api/procuratorate/supervision-orders/{order}/check-ins", new { checkedOn = today.Date(), evaluation = "partly-complying" }, etag);
        (etag, var view) = await _prosecutor.ChangeAsync($"/api/procuratorate/supervision-orders/{order}/check-ins",
            new { checkedOn = today.Date(), evaluation = "complying", notes = "按时接送" }, etag);
        Assert.Equal(2, view.GetProperty("checkIns").EnumerateArray().Count(c => c.GetProperty("evaluation").ValueKind == System.Text.Json.JsonValueKind.String));
        (etag, view) = await _prosecutor.ChangeAsync($"/api/procuratorate/supervision-orders/{order}/completion", new { note = "监护到位" }, etag);
        Assert.Equal("completed", view.GetProperty("status").GetString());
        Assert.Equal("\"5\"", etag);

        var refused = await _prosecutor.PostWithIfMatchAsync($"/api/procuratorate/supervision-orders/{order}/check-ins",
            new { checkedOn = today.Date(), evaluation = "complying" }, etag);
        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected);
        Assert.Equal("order-closed", problem.GetProperty("code").GetString());
        Assert.Equal(5, await EventsOf(order));

        var @case = await (await _prosecutor.GetAsync($"/api/procuratorate/cases/{caseId}")).Json();
        var instrument = Assert.Single(@case.GetProperty("instruments").EnumerateArray());
        Assert.Equal("supervision-order", instrument.GetProperty("kind").GetString());
        Assert.Equal("completed", instrument.GetProperty("status").GetString());
        Assert.Equal("王**、李**", instrument.GetProperty("addressee").GetString());
    }

    [Fact]
    public async Task The_default_follow_up_plan_comes_from_the_policy_pack()
    {
        var (_, order, _) = await IssuedAsync();
        var view = await (await _prosecutor.GetAsync($"/api/procuratorate/supervision-orders/{order}")).Json();
        var due = view.GetProperty("checkIns").EnumerateArray().Select(c => c.GetProperty("dueOn").GetString()!).ToArray();
        Assert.Equal([service.Today.AddDays(30).Date(), service.Today.AddDays(60).Date(), service.Today.AddDays(90).Date()], due);
        Assert.Equal(["王大明", "李小红"], view.GetProperty("guardians").EnumerateArray().Select(g => g.GetString()!).ToArray());
    }

    [Fact]
    public async Task A_police_officer_cannot_issue_a_supervision_order()
    {
        var caseId = await _prosecutor.OpenCaseAsync(Guid.NewGuid());
        var response = await service.ClientAs("police", "officer", "120116").PostAsJsonAsync($"/api/procuratorate/cases/{caseId}/supervision-orders",
            new { guardians = new[] { "王大明" }, content = "履行监护职责" });
        await response.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        Assert.Equal(0, await service.Database.ScalarAsync("SELECT count(*) FROM procuratorate.instruments WHERE case_id = '" + caseId + "'"));
    }

    [Fact]
    public async Task A_prosecutor_of_another_region_does_not_see_the_case()
    {
        var caseId = await _prosecutor.OpenCaseAsync(Guid.NewGuid());
        var response = await service.Prosecutor("120101").PostAsJsonAsync($"/api/procuratorate/cases/{caseId}/supervision-orders",
            new { guardians = new[] { "王大明" }, content = "履行监护职责" });
        await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.DoesNotContain(caseId.ToString(), await (await service.Prosecutor("120101").GetAsync("/api/procuratorate/cases")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Changes_need_if_match_and_valid_input_and_store_nothing_otherwise()
    {
        var (_, order, etag) = await IssuedAsync();
        var missing = await _prosecutor.PostWithIfMatchAsync($"/api/procuratorate/supervision-orders/{order}/service", new { method = "written", servedOn = service.Today.Date() }, null);
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        var invalid = await _prosecutor.PostWithIfMatchAsync($"/api/procuratorate/supervision-orders/{order}/service",
            new { method = "by-pigeon", servedOn = service.Today.AddDays(3).Date() }, etag);
        var problem = await invalid.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.True(problem.GetProperty("errors").TryGetProperty("method", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("servedOn", out _));
        var stale = await _prosecutor.PostWithIfMatchAsync($"/api/procuratorate/supervision-orders/{order}/service", new { method = "written", servedOn = service.Today.Date() }, "\"7\"");
        await stale.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.ConcurrencyConflict);
        var early = await _prosecutor.PostWithIfMatchAsync($"/api/procuratorate/supervision-orders/{order}/check-ins",
            new { checkedOn = service.Today.Date(), evaluation = "complying" }, etag);
        Assert.Equal("order-not-served", (await early.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
        Assert.Equal(1, await EventsOf(order));
    }

    [Fact]
    public async Task A_supervision_order_needs_a_case_about_a_child_and_an_open_case()
    {
        var withoutChild = await _prosecutor.OpenCaseAsync(null);
        var response = await _prosecutor.PostAsJsonAsync($"/api/procuratorate/cases/{withoutChild}/supervision-orders",
            new { guardians = new[] { "王大明" }, content = "履行监护职责" });
        Assert.Equal("case-has-no-child", (await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());

        var caseId = await _prosecutor.OpenCaseAsync(Guid.NewGuid());
        await _prosecutor.ChangeAsync($"/api/procuratorate/cases/{caseId}/closure", new { outcome = "no-further-action" }, "\"1\"");
        response = await _prosecutor.PostAsJsonAsync($"/api/procuratorate/cases/{caseId}/supervision-orders", new { guardians = new[] { "王大明" }, content = "履行监护职责" });
        Assert.Equal("case-closed", (await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
        var twice = await _prosecutor.PostWithIfMatchAsync($"/api/procuratorate/cases/{caseId}/closure", new { outcome = "no-further-action" }, "\"2\"");
        Assert.Equal("case-closed", (await twice.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Non_compliance_escalates_to_a_revocation_recommendation()
    {
        var (_, order, etag) = await IssuedAsync();
        (etag, _) = await _prosecutor.ChangeAsync($"/api/procuratorate/supervision-orders/{order}/service", new { method = "announced", servedOn = service.Today.Date() }, etag);
        (etag, _) = await _prosecutor.ChangeAsync($"/api/procuratorate/supervision-orders/{order}/check-ins", new { checkedOn = service.Today.Date(), evaluation = "not-complying" }, etag);
        var complete = await _prosecutor.PostWithIfMatchAsync($"/api/procuratorate/supervision-orders/{order}/completion", new { }, etag);
        Assert.Equal("guardians-not-complying", (await complete.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
        var (_, view) = await _prosecutor.ChangeAsync($"/api/procuratorate/supervision-orders/{order}/escalation",
            new { to = "recommend-revocation-application", reason = "经督促仍拒不履行监护职责" }, etag);
        Assert.Equal("escalated", view.GetProperty("status").GetString());
        Assert.Equal("recommend-revocation-application", view.GetProperty("escalatedTo").GetString());
    }
}

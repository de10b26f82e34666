using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Contracts.Reporting;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Reporting.Tests;

public class HandlingTests(ReportingFactory service) : IClassFixture<ReportingFactory>
{
    [Fact]
    public async Task Inboxes_are_scoped_to_the_callers_department_and_region()
    {
        var child = service.Directory.Register();
        var report = (await service.School().FileAsync(ReportsClient.Body(child, ["private-parts-injury"]))).Id("reportId");

        Assert.Contains(await service.Police().InboxAsync("police"), i => i.Id("reportId") == report);
        Assert.Contains(await service.Police("1201").InboxAsync("police"), i => i.Id("reportId") == report);
        Assert.DoesNotContain(await service.Police("120101").InboxAsync("police"), i => i.Id("reportId") == report);
        Assert.DoesNotContain(await service.CivilAffairs().InboxAsync("civil-affairs"), i => i.Id("reportId") == report);
        await (await service.CivilAffairs().GetAsync($"{ReportsClient.Base}/inbox?department=police")).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await (await service.Police("120101").GetAsync($"{ReportsClient.Base}/{report}")).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        await (await service.CivilAffairs().GetAsync($"{ReportsClient.Base}/{report}")).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientAs("health", "doctor", "120116").GetAsync($"{ReportsClient.Base}/inbox?department=police")).StatusCode);
    }

    [Fact]
    public async Task Accepting_in_the_police_inbox_publishes_mandatory_report_accepted_for_the_police_case()
    {
        var child = service.Directory.Register();
        var report = (await service.School().FileAsync(ReportsClient.Body(child, ["girl-under-14-assault-or-pregnancy"]), null)).Id("reportId");
        var item = await service.Police().ItemAsync("police", report);
        var routing = item.Id("routingId");

        var accepted = await service.Police().ActAsync(report, routing, "acceptance").OkAsync();
        Assert.Equal("accepted", accepted.GetProperty("routings")[0].GetProperty("status").GetString());

        await Eventually.TrueAsync(() => service.Published.OfType<MandatoryReportAccepted>().Any(m => m.RoutingId == routing),
            TimeSpan.FromSeconds(30), "MandatoryReportAccepted published through the outbox");
        var message = service.Published.OfType<MandatoryReportAccepted>().Single(m => m.RoutingId == routing);
        Assert.Equal(("police", child, report), (message.Department, message.ChildId, message.ReportId));
        Assert.Equal(["girl-under-14-assault-or-pregnancy"], message.Situations);

        var again = await service.Police().ActAsync(report, routing, "acceptance");
        Assert.Equal("routing-not-awaiting-acceptance", (await again.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_stale_or_missing_if_match_is_refused()
    {
        var report = (await service.School().FileAsync(ReportsClient.Body(service.Directory.Register(), ["other-serious-harm"]))).Id("reportId");
        var routing = (await service.Police().ItemAsync("police", report)).Id("routingId");
        var missing = await service.Police().PostAsync($"{ReportsClient.Base}/{report}/routings/{routing}/acceptance", JsonContent.Create(new { }));
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        using var stale = new HttpRequestMessage(HttpMethod.Post, $"{ReportsClient.Base}/{report}/routings/{routing}/acceptance") { Content = JsonContent.Create(new { }) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"9\"");
        await (await service.Police().SendAsync(stale)).AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.ConcurrencyConflict);
    }

    [Fact]
    public async Task A_department_transfers_with_a_reason_and_the_report_lands_in_the_other_inbox()
    {
        var report = (await service.School().FileAsync(ReportsClient.Body(service.Directory.Register(), ["other-serious-harm"]))).Id("reportId");
        var routing = (await service.Police().ItemAsync("police", report)).Id("routingId");

        var noReason = await service.Police().ActAsync(report, routing, "transfer", new { toDepartment = "civil-affairs" });
        Assert.True((await noReason.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation)).GetProperty("errors").TryGetProperty("reason", out _));

        await service.Police().ActAsync(report, routing, "transfer", new { toDepartment = "civil-affairs", reason = "No offence suspected; care arrangement needed." }).OkAsync();
        var civil = await service.CivilAffairs().ItemAsync("civil-affairs", report);
        Assert.Equal("awaiting-acceptance", civil.GetProperty("status").GetString());
        Assert.Equal("transferred", (await service.Police().ItemAsync("police", report)).GetProperty("status").GetString());
        Assert.DoesNotContain(await service.Police().InboxAsync("police"), i => i.Id("reportId") == report);
        await Eventually.TrueAsync(() => service.Published.OfType<ReportTransferred>().Any(m => m.RoutingId == routing), TimeSpan.FromSeconds(30), "ReportTransferred");
    }

    [Fact]
    public async Task The_reporter_sees_only_status_and_the_fed_back_outcome()
    {
        var child = service.Directory.Register();
        var receipt = await service.School().FileAsync(ReportsClient.Body(child, ["other-serious-harm"]));
        var (number, secret, report) = (receipt.GetProperty("receiptNumber").GetString()!, receipt.GetProperty("secret").GetString()!, receipt.Id("reportId"));
        var reporter = service.School();

        await (await reporter.ReceiptAsync(number, "WRONGSECRET23")).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        await (await reporter.ReceiptAsync("BG000000-AAAAAA", secret)).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        var received = await (reporter.ReceiptAsync(number, secret)).OkAsync();
        Assert.Equal("received", received.GetProperty("status").GetString());

        var routing = (await service.Police().ItemAsync("police", report)).Id("routingId");
        await service.Police().ActAsync(report, routing, "acceptance").OkAsync();
        Assert.Equal("accepted", (await reporter.ReceiptAsync(number, secret).OkAsync()).GetProperty("status").GetString());
        await service.Police().ActAsync(report, routing, "steps", new { kind = "visited-child", note = "Visited the home with the director." }).OkAsync();
        await service.Police().ActAsync(report, routing, "outcome", new { outcome = "case-filed", summary = "Criminal case 2025-0017 against the uncle" }).OkAsync();
        var handled = await reporter.ReceiptAsync(number, secret).OkAsync();
        Assert.Equal("handled", handled.GetProperty("status").GetString());
        Assert.Empty(handled.GetProperty("outcomes").EnumerateArray());

        await service.Police().ActAsync(report, routing, "feedback", new { method = "phone" }).OkAsync();
        var closed = await reporter.ReceiptAsync(number, secret).OkAsync();
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        var outcome = Assert.Single(closed.GetProperty("outcomes").EnumerateArray());
        Assert.Equal("The department has acted on your report according to law.", outcome.GetProperty("message").GetString());
        var text = closed.ToString();
        foreach (var secretDetail in new[] { "2025-0017", "uncle", child.ToString(), report.ToString(), "Bruises", "王老师", "visited" })
            Assert.DoesNotContain(secretDetail, text);
        Assert.Equal(["receiptNumber", "status", "filedAt", "outcomes"], closed.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task The_reporters_identity_is_shown_to_the_receiving_departments_masked_until_they_ask()
    {
        var report = (await service.School().FileAsync(ReportsClient.Body(service.Directory.Register(), ["other-serious-harm"]))).Id("reportId");
        var view = await service.Police().GetFromJsonAsync<JsonElement>($"{ReportsClient.Base}/{report}");
        Assert.Equal("王**", view.GetProperty("reporter").GetProperty("person").GetString());
        Assert.Equal("滨海第一小学", view.GetProperty("reporter").GetProperty("unitName").GetString());
        var revealed = await service.Police().GetFromJsonAsync<JsonElement>($"{ReportsClient.Base}/{report}?reveal=person,contact");
        Assert.Equal("王老师", revealed.GetProperty("reporter").GetProperty("person").GetString());
        Assert.Equal("13800000000", revealed.GetProperty("reporter").GetProperty("contact").GetString());
    }

    [Fact]
    public async Task The_inbox_carries_the_reports_current_version_for_if_match()
    {
        var child = service.Directory.Register();
        await service.School().FileAsync(ReportsClient.Body(child, ["abandoned-or-without-care"]));
        var report = (await service.School().FileAsync(ReportsClient.Body(child, ["abandoned-or-without-care"]))).Id("reportId");
        var routing = (await service.Police().ItemAsync("police", report)).Id("routingId");
        await AssertSameAsync();
        await service.Police().ActAsync(report, routing, "acceptance").OkAsync();
        await service.Police().ActAsync(report, routing, "steps", new { kind = "visited-child", note = "Visited the home." }).OkAsync();
        await AssertSameAsync();

        async Task AssertSameAsync()
        {
            var etag = (await service.Police().GetAsync($"{ReportsClient.Base}/{report}")).Headers.ETag!.Tag;
            Assert.Equal(etag, $"\"{(await service.Police().ItemAsync("police", report)).GetProperty("version").GetInt64()}\"");
        }
    }

    [Fact]
    public async Task A_page_far_beyond_the_inbox_is_an_empty_page_not_a_server_error()
    {
        var response = await service.Police().GetAsync($"{ReportsClient.Base}/inbox?department=police&page={int.MaxValue}&pageSize=200");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        Assert.Empty(JsonDocument.Parse(text).RootElement.GetProperty("items").EnumerateArray());
    }
}

using System.Net;
using System.Net.Http.Json;
using ChildProtection.Reporting.Directory;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Reporting.Tests;

public class IntakeTests(ReportingFactory service) : IClassFixture<ReportingFactory>
{
    [Fact]
    public async Task A_school_files_a_report_and_gets_a_receipt_number_a_secret_and_a_status_link()
    {
        var child = service.Directory.Register();
        var receipt = await service.School().FileAsync(ReportsClient.Body(child));
        var number = receipt.GetProperty("receiptNumber").GetString()!;
        Assert.Matches("^BG[0-9]{6}-[2-9A-Z]{6}$", number);
        Assert.Equal(13, receipt.GetProperty("secret").GetString()!.Length);
        Assert.Equal($"/api/reporting/reports/receipts/{number}", receipt.GetProperty("statusLink").GetString());
        Assert.Equal(["police", "civil-affairs", "education"], receipt.GetProperty("routedTo").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task Invalid_fields_are_all_reported_as_a_400_and_nothing_is_stored()
    {
        var before = await service.Database.ScalarAsync("SELECT count(*) FROM reporting.mt_events");
        var response = await service.School().PostAsJsonAsync(ReportsClient.Base, new
        {
            reporter = new { unitType = "bakery", unitName = "", person = "王老师", contact = "138" },
            channel = "fax",
            child = new { name = "李小明", regionCode = "12" },
            situations = new[] { "bad-mood" },
            observation = "",
            observedAt = "yesterday",
            urgency = "whenever",
        });
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "reporter.unitType", "reporter.unitName", "channel", "child.regionCode", "situations", "observation", "observedAt", "urgency" })
            Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.DoesNotContain("李小明", problem.ToString());
        Assert.Equal(before, await service.Database.ScalarAsync("SELECT count(*) FROM reporting.mt_events"));
    }

    [Fact]
    public async Task An_unknown_registry_child_id_is_a_400_on_the_child()
    {
        var response = await service.School().PostAsJsonAsync(ReportsClient.Base, ReportsClient.Body(Guid.NewGuid()));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.True(problem.GetProperty("errors").TryGetProperty("child.childId", out _));
    }

    [Fact]
    public async Task The_same_report_sent_twice_with_the_same_idempotency_key_gets_the_same_receipt_and_is_filed_once()
    {
        var child = service.Directory.Register();
        var body = ReportsClient.Body(child);
        var key = Guid.NewGuid().ToString();
        var first = await service.School().FileAsync(body, key);
        var second = await service.School().FileAsync(body, key, HttpStatusCode.OK);
        Assert.Equal(first.GetProperty("receiptNumber").GetString(), second.GetProperty("receiptNumber").GetString());
        Assert.Equal(first.GetProperty("secret").GetString(), second.GetProperty("secret").GetString());
        Assert.Equal(1, await service.Database.ScalarAsync($"SELECT count(*) FROM reporting.reports WHERE child_id = '{child}'"));

        var other = await service.School().PostAsync(ReportsClient.Base, null);
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        using var reuse = new HttpRequestMessage(HttpMethod.Post, ReportsClient.Base) { Content = JsonContent.Create(ReportsClient.Body(child, ["other-danger"])) };
        reuse.Headers.Add("Idempotency-Key", key);
        var conflict = await (await service.School().SendAsync(reuse)).AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected);
        Assert.Equal("idempotency-key-reused", conflict.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Racing_submissions_with_the_same_idempotency_key_file_once_and_all_get_the_first_receipt()
    {
        var child = service.Directory.Register();
        var body = ReportsClient.Body(child, ["organised-begging"]);
        var key = Guid.NewGuid().ToString();
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, ReportsClient.Base) { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            var response = await service.School().SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{response.StatusCode}: {text}");
            return System.Text.Json.JsonDocument.Parse(text).RootElement;
        }));
        Assert.Single(answers.Select(a => (a.GetProperty("receiptNumber").GetString(), a.GetProperty("secret").GetString())).Distinct());
        Assert.Equal(1, await service.Database.ScalarAsync($"SELECT count(*) FROM reporting.reports WHERE child_id = '{child}'"));
        Assert.Equal(1, await service.Database.ScalarAsync(
            $"SELECT count(*) FROM reporting.mt_events WHERE type = 'reporting.report-filed.v1' AND data->'child'->>'childId' = '{child}'"));
    }

    [Fact]
    public async Task A_child_the_registry_does_not_match_is_kept_as_a_provisional_record_without_the_id_number()
    {
        const string idNumber = "120116201407091234";
        var receipt = await service.School().FileAsync(ReportsClient.Body(child: new
        {
            name = "陈未登记", birthDate = "2015-05-05", gender = "female", regionCode = "120116102305", idNumber,
        }));
        var reportId = receipt.Id("reportId");
        var report = await service.Police().GetFromJsonAsync<System.Text.Json.JsonElement>($"{ReportsClient.Base}/{reportId}");
        var child = report.GetProperty("child");
        Assert.Equal("陈***", child.GetProperty("maskedName").GetString());
        Assert.True(child.GetProperty("matchPending").GetBoolean());
        Assert.DoesNotContain(idNumber, report.ToString());
        Assert.Equal(0, await service.Database.ScalarAsync($"SELECT count(*) FROM reporting.mt_events WHERE data::text LIKE '%{idNumber}%'"));
        Assert.Equal(1, await service.Database.ScalarAsync("SELECT count(*) FROM reporting.provisional_children WHERE name = '陈未登记'"));
    }

    [Fact]
    public async Task Details_the_registry_matches_with_certainty_file_the_report_on_the_registry_child()
    {
        var registered = service.Directory.Register("120116102306");
        service.Directory.LookupAnswers["赵确定"] = [new DirectoryCandidate(registered, "120116102306", 0.9)];
        var receipt = await service.School().FileAsync(ReportsClient.Body(child: new { name = "赵确定", birthDate = "2014-07-09", regionCode = "120116102306" }));
        Assert.Equal(registered, Guid.Parse(await service.Database.ScalarTextAsync($"SELECT child_id FROM reporting.reports WHERE id = '{receipt.Id("reportId")}'")));
    }

    [Fact]
    public async Task A_report_is_not_lost_when_the_registry_is_down_it_waits_as_a_provisional_child()
    {
        service.Directory.Down = true;
        try
        {
            var receipt = await service.School().FileAsync(ReportsClient.Body(child: new { name = "钱待匹配", birthDate = "2013-01-01", regionCode = "120116102305" }));
            Assert.Equal(1, await service.Database.ScalarAsync($"SELECT count(*) FROM reporting.reports WHERE id = '{receipt.Id("reportId")}' AND provisional_id IS NOT NULL"));
        }
        finally
        {
            service.Directory.Down = false;
        }
    }

    [Fact]
    public async Task State_organs_and_other_organisations_may_file_but_only_in_their_region()
    {
        // Minors Protection Law art. 11: state organs must report (a court finding harm in a divorce case), and any
        // organisation may (a women's federation): every department's staff can file, each in its own region.
        await service.ClientAs("court", "judge", "120116", "judge-1").FileAsync(ReportsClient.Body(service.Directory.Register()));
        await service.ClientAs("women-federation", "officer", "120116", "wf-1").FileAsync(ReportsClient.Body(service.Directory.Register(), ["other-danger"]));
        var outside = await service.School().PostAsJsonAsync(ReportsClient.Base, ReportsClient.Body(child: new { name = "孙外区", regionCode = "120101001001" }));
        await outside.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        Assert.Equal(0, await service.Database.ScalarAsync("SELECT count(*) FROM reporting.reports WHERE region_code LIKE '120101%'"));
    }

    [Fact]
    public async Task Reports_about_the_same_child_and_situation_within_the_window_are_linked_not_lost()
    {
        var child = service.Directory.Register();
        var first = await service.School().FileAsync(ReportsClient.Body(child, ["organised-begging"]));
        var second = await service.ClientAs("health", "doctor", "120116", "doctor-1").FileAsync(ReportsClient.Body(child, ["organised-begging", "other-danger"]));
        var report = await service.Police().GetFromJsonAsync<System.Text.Json.JsonElement>($"{ReportsClient.Base}/{second.Id("reportId")}");
        Assert.Equal(first.Id("reportId"), Assert.Single(report.GetProperty("linkedReports").EnumerateArray()).GetGuid());
        var item = await service.Police().ItemAsync("police", first.Id("reportId"));
        Assert.Contains(second.Id("reportId"), item.GetProperty("linkedReports").EnumerateArray().Select(e => e.GetGuid()));

        service.Clock.Advance(TimeSpan.FromDays(8));
        var third = await service.School().FileAsync(ReportsClient.Body(child, ["organised-begging"]));
        var later = await service.Police().GetFromJsonAsync<System.Text.Json.JsonElement>($"{ReportsClient.Base}/{third.Id("reportId")}");
        Assert.Empty(later.GetProperty("linkedReports").EnumerateArray());
    }
}

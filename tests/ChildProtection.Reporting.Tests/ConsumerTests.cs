using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Contracts.Police;
using ChildProtection.Contracts.Visits;
using ChildProtection.Reporting.Consumers;
using ChildProtection.Testing;

namespace ChildProtection.Reporting.Tests;

public class ConsumerTests(ReportingFactory service) : IClassFixture<ReportingFactory>
{
    [Fact]
    public async Task Harm_found_on_a_visit_files_one_visit_escalation_report_however_often_it_arrives()
    {
        var visit = Guid.NewGuid();
        var child = Guid.NewGuid();
        var message = new HarmFoundOnVisit(visit, child, "120116102305", Guid.NewGuid(), "director-7", ["signs-of-harm"], "Burn marks on the hands.",
            DateTimeOffset.UtcNow.AddHours(-1));
        await service.PublishAsync(message);
        await service.PublishAsync(message);
        var reportId = HarmFoundOnVisitConsumer.ReportIdFor(visit);
        await Eventually.TrueAsync(async () => await service.Database.ScalarAsync($"SELECT count(*) FROM reporting.reports WHERE id = '{reportId}'") == 1,
            TimeSpan.FromSeconds(30), "the visit's report filed");
        await Task.Delay(500);
        Assert.Equal(1, await service.Database.ScalarAsync($"SELECT count(*) FROM reporting.reports WHERE child_id = '{child}'"));

        var report = await service.Police().GetFromJsonAsync<JsonElement>($"{ReportsClient.Base}/{reportId}");
        Assert.Equal("visit-escalation", report.GetProperty("channel").GetString());
        Assert.Equal("village-committee", report.GetProperty("reporter").GetProperty("unitType").GetString());
        Assert.Equal(visit, report.GetProperty("sourceVisitId").GetGuid());
        Assert.Equal(["other-serious-harm"], report.GetProperty("situations").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task The_police_case_and_its_outcome_become_the_police_routings_step_and_outcome_and_the_feedback_clock_starts()
    {
        var child = service.Directory.Register();
        var receipt = await service.School().FileAsync(ReportsClient.Body(child, ["other-serious-harm"]));
        var report = receipt.Id("reportId");
        var routing = (await service.Police().ItemAsync("police", report)).Id("routingId");
        await service.Police().ActAsync(report, routing, "acceptance").OkAsync();

        var caseId = Guid.NewGuid();
        var opened = new PoliceCaseOpened(caseId, report, routing, child, "120116102305", "criminal", DateTimeOffset.UtcNow);
        await service.PublishAsync(opened);
        await service.PublishAsync(opened);
        await Eventually.TrueAsync(async () => (await Routing()).GetProperty("steps").GetArrayLength() == 1, TimeSpan.FromSeconds(30), "case step recorded");

        var recordedAt = service.Clock.GetUtcNow();
        await service.PublishAsync(new PoliceCaseOutcomeRecorded(caseId, report, routing, child, "criminal-case-filed", "Uncle detained; case 2025-88", recordedAt));
        await Eventually.TrueAsync(async () => (await Routing()).GetProperty("status").GetString() == "outcome-recorded", TimeSpan.FromSeconds(30), "outcome recorded");
        var police = await Routing();
        Assert.Equal(caseId, police.GetProperty("policeCaseId").GetGuid());
        Assert.Equal(1, police.GetProperty("steps").GetArrayLength());
        Assert.Equal(recordedAt.AddDays(7), police.GetProperty("feedbackDueAt").GetDateTimeOffset());

        await service.Police().ActAsync(report, routing, "feedback", new { method = "phone" }).OkAsync();
        var view = await service.School().ReceiptAsync(receipt.GetProperty("receiptNumber").GetString()!, receipt.GetProperty("secret").GetString()!).OkAsync();
        Assert.DoesNotContain("2025-88", view.ToString());
        Assert.Equal("The department has acted on your report according to law.", view.GetProperty("outcomes")[0].GetProperty("message").GetString());

        async Task<JsonElement> Routing() => (await service.Police().GetFromJsonAsync<JsonElement>($"{ReportsClient.Base}/{report}"))
            .GetProperty("routings").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == routing);
    }

    [Fact]
    public async Task A_police_case_about_a_child_nobody_reported_is_recorded_as_a_failure_to_report()
    {
        var reported = service.Directory.Register();
        await service.School().FileAsync(ReportsClient.Body(reported, ["other-serious-harm"]));
        var unreported = Guid.NewGuid();
        var caseId = Guid.NewGuid();
        await service.PublishAsync(new PoliceCaseOpened(caseId, null, null, unreported, "120116102305", "administrative", service.Clock.GetUtcNow()));
        await service.PublishAsync(new PoliceCaseOpened(Guid.NewGuid(), null, null, reported, "120116102305", "administrative", service.Clock.GetUtcNow()));

        await Eventually.TrueAsync(async () => await service.Database.ScalarAsync($"SELECT count(*) FROM reporting.failures_to_report WHERE evidence_id = '{caseId}'") == 1,
            TimeSpan.FromSeconds(30), "failure to report recorded");
        var view = await service.ClientAs("procuratorate", "prosecutor", "120116").GetFromJsonAsync<JsonElement>($"{ReportsClient.Base}/failures-to-report");
        var row = view.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("evidenceId").GetGuid() == caseId);
        Assert.Equal("police-case", row.GetProperty("evidenceSource").GetString());
        Assert.Equal(unreported, row.GetProperty("childId").GetGuid());
        Assert.Equal(0, await service.Database.ScalarAsync($"SELECT count(*) FROM reporting.failures_to_report WHERE child_id = '{reported}'"));

        var outside = await service.ClientAs("procuratorate", "prosecutor", "120101").GetFromJsonAsync<JsonElement>($"{ReportsClient.Base}/failures-to-report");
        Assert.Empty(outside.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_department_records_a_unit_that_knew_and_did_not_report()
    {
        var response = await service.ClientAs("police", "officer", "120116").PostAsJsonAsync($"{ReportsClient.Base}/failures-to-report", new
        {
            regionCode = "120116102305", unitType = "medical-institution", unitName = "某镇卫生院", evidenceSource = "other",
            knownSince = DateTimeOffset.UtcNow.AddDays(-10).ToString("O"), note = "Treated the injuries twice, no report filed.",
        });
        var body = await Task.FromResult(response).OkAsync();
        Assert.Equal("medical-institution", body.GetProperty("unitType").GetString());
        var bad = await service.ClientAs("police", "officer", "120116").PostAsJsonAsync($"{ReportsClient.Base}/failures-to-report", new { regionCode = "1" });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
    }
}

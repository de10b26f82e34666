using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Contracts.Reporting;
using ChildProtection.Testing;

namespace ChildProtection.Reporting.Tests;

/// <summary>The accept / handle / feed-back clocks, with the service's clock moved instead of waiting.</summary>
public class StatutoryClockTests(ReportingFactory service) : IClassFixture<ReportingFactory>
{
    private async Task<long> ScanAsync()
    {
        var response = await service.Operator().PostAsync($"{ReportsClient.Base}/operations/deadline-scan", null);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("recorded").GetInt64();
    }

    private Task<long> CountAsync(string type, Guid routing) =>
        service.Database.ScalarAsync($"SELECT count(*) FROM reporting.mt_events WHERE type = '{type}' AND data->>'routingId' = '{routing}'");

    [Fact]
    public async Task Acceptance_handling_and_feedback_each_go_overdue_once_and_show_on_the_sla_view()
    {
        var region = "120116102399";
        var report = (await service.School().FileAsync(ReportsClient.Body(service.Directory.Register(region), ["other-serious-harm"]))).Id("reportId");
        var routing = (await service.Police().ItemAsync("police", report)).Id("routingId");

        service.Clock.Advance(TimeSpan.FromHours(23));
        await ScanAsync();
        Assert.Equal(0, await CountAsync("reporting.acceptance-overdue.v1", routing));
        service.Clock.Advance(TimeSpan.FromHours(2));
        Assert.True(await ScanAsync() >= 1);
        await ScanAsync();
        Assert.Equal(1, await CountAsync("reporting.acceptance-overdue.v1", routing));
        Assert.True((await service.Police().ItemAsync("police", report)).GetProperty("overdue").GetBoolean());
        await Eventually.TrueAsync(() => service.Published.OfType<ReportAcceptanceOverdue>().Any(m => m.RoutingId == routing), TimeSpan.FromSeconds(30),
            "ReportAcceptanceOverdue published");

        await service.Police().ActAsync(report, routing, "acceptance").OkAsync();
        service.Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        await ScanAsync();
        Assert.Equal(0, await CountAsync("reporting.handling-overdue.v1", routing));
        service.Clock.Advance(TimeSpan.FromMinutes(2));
        await ScanAsync();
        await ScanAsync();
        Assert.Equal(1, await CountAsync("reporting.handling-overdue.v1", routing));

        await service.Police().ActAsync(report, routing, "outcome", new { outcome = "admonished", summary = "Guardian admonished." }).OkAsync();
        service.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        await ScanAsync();
        Assert.Equal(0, await CountAsync("reporting.feedback-overdue.v1", routing));
        service.Clock.Advance(TimeSpan.FromMinutes(2));
        await ScanAsync();
        await ScanAsync();
        Assert.Equal(1, await CountAsync("reporting.feedback-overdue.v1", routing));
        Assert.Equal(1, await CountAsync("reporting.acceptance-overdue.v1", routing));

        var sla = await service.ClientAs("police", "officer", region).GetFromJsonAsync<JsonElement>($"{ReportsClient.Base}/sla");
        var police = sla.GetProperty("departments").EnumerateArray().Single(d => d.GetProperty("department").GetString() == "police");
        Assert.Equal(1, police.GetProperty("routed").GetInt64());
        Assert.Equal(1, police.GetProperty("acceptedLate").GetInt64());
        Assert.Equal(1, police.GetProperty("acceptanceOverdue").GetInt64());
        Assert.Equal(1, police.GetProperty("handlingOverdue").GetInt64());
        Assert.Equal(1, police.GetProperty("feedbackOverdue").GetInt64());
        Assert.Equal(1, police.GetProperty("openPastDeadline").GetInt64());

        await service.Police().ActAsync(report, routing, "feedback", new { method = "letter" }).OkAsync();
        service.Clock.Advance(TimeSpan.FromDays(30));
        await ScanAsync();
        Assert.Equal(1, await CountAsync("reporting.feedback-overdue.v1", routing));
    }

    [Fact]
    public async Task A_transferred_routing_never_goes_overdue_but_its_successor_does()
    {
        var report = (await service.School().FileAsync(ReportsClient.Body(service.Directory.Register(), ["other-serious-harm"]))).Id("reportId");
        var routing = (await service.Police().ItemAsync("police", report)).Id("routingId");
        service.Clock.Advance(TimeSpan.FromHours(1));
        await service.Police().ActAsync(report, routing, "transfer", new { toDepartment = "education", reason = "Bullying at school, no offence." }).OkAsync();
        var successor = (await service.Education().ItemAsync("education", report)).Id("routingId");
        service.Clock.Advance(TimeSpan.FromHours(25));
        await ScanAsync();
        Assert.Equal(0, await CountAsync("reporting.acceptance-overdue.v1", routing));
        Assert.Equal(1, await CountAsync("reporting.acceptance-overdue.v1", successor));
    }
}

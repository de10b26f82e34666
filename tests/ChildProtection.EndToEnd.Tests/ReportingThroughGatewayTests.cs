using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Contracts.Reporting;
using ChildProtection.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChildProtection.EndToEnd.Tests;

/// <summary>
/// The mandatory-report loop through the gateway: a school files about a child Registry knows (matched over gRPC with the
/// school's own token), the police find it in their inbox and accept it, and MandatoryReportAccepted goes out for the
/// Police service; the reporter's receipt follows the status.
/// </summary>
[Collection(PlatformCollection.Name)]
public class ReportingThroughGatewayTests(PlatformFixture platform)
{
    private const string Reports = "/api/reporting/reports";

    private sealed class Accepted : ConcurrentQueue<MandatoryReportAccepted>;

    private sealed class AcceptedConsumer(Accepted accepted) : IConsumer<MandatoryReportAccepted>
    {
        public Task Consume(ConsumeContext<MandatoryReportAccepted> context)
        {
            accepted.Enqueue(context.Message);
            return Task.CompletedTask;
        }
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    [Fact]
    public async Task A_school_report_reaches_the_police_inbox_is_accepted_and_the_acceptance_is_published()
    {
        var accepted = new Accepted();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(accepted);
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        builder.Services.AddMassTransit(x =>
        {
            x.AddConsumer<AcceptedConsumer>().Endpoint(e => { e.Name = $"e2e-report-accepted-{Guid.NewGuid():N}"; e.Temporary = true; });
            x.UsingRabbitMq((ctx, cfg) =>
            {
                cfg.Host("127.0.0.1", (ushort)LocalServers.RabbitPort, platform.VirtualHost, h => { h.Username("guest"); h.Password("guest"); });
                cfg.ConfigureEndpoints(ctx);
            });
        });
        using var bus = builder.Build();
        await bus.StartAsync();

        var caseworker = await platform.ClientAsync("civil-affairs", "caseworker", "120116");
        var registered = await Json(await caseworker.PostAsJsonAsync("/api/registry/children",
            new { name = "周报告", gender = "female", birthDate = "2014-03-08", regionCode = "120116100203", household = "rural" }));
        var childId = registered.GetProperty("id").GetGuid();

        var school = await platform.ClientAsync("education", "teacher", "120116");
        using var file = new HttpRequestMessage(HttpMethod.Post, Reports)
        {
            Content = JsonContent.Create(new
            {
                reporter = new { unitType = "school", unitName = "滨海某小学", person = "李老师", contact = "13900000000" },
                channel = "web",
                child = new { name = "周报告", birthDate = "2014-03-08", regionCode = "120116100203" },
                situations = new[] { "injuries-suggesting-violence" },
                observation = "Several bruises of different ages on the back.",
                observedAt = DateTimeOffset.UtcNow.AddHours(-1).ToString("O"),
                urgency = "urgent",
            }),
        };
        file.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var filed = await school.SendAsync(file);
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var receipt = await Json(filed);
        var reportId = receipt.GetProperty("reportId").GetGuid();
        var (number, secret) = (receipt.GetProperty("receiptNumber").GetString()!, receipt.GetProperty("secret").GetString()!);

        // Matched through Registry's ChildDirectory.Lookup (gRPC, the school's token forwarded).
        var police = await platform.ClientAsync("police", "officer", "120116");
        var report = await police.GetAsync($"{Reports}/{reportId}");
        var view = await Json(report);
        Assert.Equal(childId, view.GetProperty("child").GetProperty("childId").GetGuid());

        var item = (await Json(await police.GetAsync($"{Reports}/inbox?department=police"))).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("reportId").GetGuid() == reportId);
        var routingId = item.GetProperty("routingId").GetGuid();
        using var accept = new HttpRequestMessage(HttpMethod.Post, $"{Reports}/{reportId}/routings/{routingId}/acceptance") { Content = JsonContent.Create(new { }) };
        accept.Headers.TryAddWithoutValidation("If-Match", report.Headers.ETag!.ToString());
        await Json(await police.SendAsync(accept));

        await Eventually.TrueAsync(() => accepted.Any(m => m.RoutingId == routingId), TimeSpan.FromSeconds(60), "MandatoryReportAccepted published");
        var message = accepted.Single(m => m.RoutingId == routingId);
        Assert.Equal(("police", (Guid?)childId, "120116100203"), (message.Department, message.ChildId, message.RegionCode));

        // A second report by the registry id (ChildDirectory.GetChild) is linked to the first.
        var second = await Json(await (await platform.ClientAsync("health", "doctor", "120116")).PostAsJsonAsync(Reports, new
        {
            reporter = new { unitType = "medical-institution", unitName = "某镇卫生院", person = "赵医生", contact = "13700000000" },
            channel = "web", child = new { childId }, situations = new[] { "injuries-suggesting-violence" },
            observation = "Fractured wrist, inconsistent explanation.", observedAt = DateTimeOffset.UtcNow.AddHours(-1).ToString("O"), urgency = "immediate",
        }));
        var secondView = await Json(await police.GetAsync($"{Reports}/{second.GetProperty("reportId").GetGuid()}"));
        Assert.Contains(secondView.GetProperty("linkedReports").EnumerateArray(), l => l.GetGuid() == reportId);

        using var read = new HttpRequestMessage(HttpMethod.Get, $"{Reports}/receipts/{number}");
        read.Headers.Add("X-Receipt-Secret", secret);
        var status = await Json(await school.SendAsync(read));
        Assert.Equal("accepted", status.GetProperty("status").GetString());
        Assert.DoesNotContain("周", status.ToString());

        await bus.StopAsync();
    }

    [Fact]
    public async Task A_report_about_a_child_registered_only_afterwards_is_matched_and_reaches_the_childs_file_and_the_police_case()
    {
        // The hotline takes a report about a boy nobody has registered: it is kept with a provisional child.
        var hotline = await platform.ClientAsync("platform", "hotline-agent", "120116");
        var receipt = await Json(await hotline.PostAsJsonAsync(Reports, new
        {
            reporter = new { unitType = "other", unitName = "12355 热线", person = "邻居", contact = "13600000000" },
            channel = "hotline-12355", child = new { name = "孙后登", birthDate = "2017-09-01", gender = "male", regionCode = "120116100204" },
            situations = new[] { "abandoned-or-without-care" },
            observation = "Neighbour says the boy has been alone for two weeks.", observedAt = DateTimeOffset.UtcNow.AddDays(-1).ToString("O"), urgency = "urgent",
        }));
        var reportId = receipt.GetProperty("reportId").GetGuid();

        // The police accept their routing at once: their case opens without a child.
        var police = await platform.ClientAsync("police", "officer", "120116");
        var routingId = (await Json(await police.GetAsync($"{Reports}/inbox?department=police"))).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("reportId").GetGuid() == reportId).GetProperty("routingId").GetGuid();
        using var accept = new HttpRequestMessage(HttpMethod.Post, $"{Reports}/{reportId}/routings/{routingId}/acceptance") { Content = JsonContent.Create(new { }) };
        accept.Headers.TryAddWithoutValidation("If-Match", (await police.GetAsync($"{Reports}/{reportId}")).Headers.ETag!.ToString());
        await Json(await police.SendAsync(accept));
        JsonElement policeCase = default;
        await Eventually.TrueAsync(async () =>
        {
            var cases = await Json(await police.GetAsync("/api/police/cases?region=120116&pageSize=100"));
            var found = cases.GetProperty("items").EnumerateArray().Where(c => c.GetProperty("reportId").ValueKind == JsonValueKind.String
                && c.GetProperty("reportId").GetGuid() == reportId).ToList();
            if (found.Count == 1) policeCase = found[0];
            return found.Count == 1;
        }, TimeSpan.FromSeconds(60), "the police case opened from the acceptance");
        var caseId = policeCase.GetProperty("id").GetGuid();
        Assert.Equal(JsonValueKind.Null, policeCase.GetProperty("childId").ValueKind);
        // Reporting records the case on the police routing (an event on the report: wait for it, so the version read below is current).
        await Eventually.TrueAsync(async () => (await Json(await police.GetAsync($"{Reports}/{reportId}"))).GetProperty("routings").EnumerateArray()
            .Any(r => r.GetProperty("policeCaseId").ValueKind == JsonValueKind.String && r.GetProperty("policeCaseId").GetGuid() == caseId),
            TimeSpan.FromSeconds(60), "the police case recorded on the report");

        var officer = await platform.ClientAsync("civil-affairs", "caseworker", "120116");
        var before = await officer.GetAsync($"{Reports}/{reportId}");
        Assert.True((await Json(before)).GetProperty("child").GetProperty("matchPending").GetBoolean());

        // Civil affairs registers him, then matches the report to the registry child.
        var childId = (await Json(await officer.PostAsJsonAsync("/api/registry/children",
            new { name = "孙后登", gender = "male", birthDate = "2017-09-01", regionCode = "120116100204", household = "rural" }))).GetProperty("id").GetGuid();
        using var link = new HttpRequestMessage(HttpMethod.Post, $"{Reports}/{reportId}/child") { Content = JsonContent.Create(new { childId }) };
        link.Headers.TryAddWithoutValidation("If-Match", before.Headers.ETag!.ToString());
        var linked = await Json(await officer.SendAsync(link));
        Assert.Equal(childId, linked.GetProperty("child").GetProperty("childId").GetGuid());

        // The report is in the child's file, dated the day it was filed.
        JsonElement entry = default;
        await Eventually.TrueAsync(async () =>
        {
            using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/registry/children/{childId}/file");
            read.Headers.Add("X-Access-Purpose", "end-to-end test");
            var file = await Json(await officer.SendAsync(read));
            var found = file.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("source").GetString() == "reporting").ToList();
            if (found.Count == 1) entry = found[0];
            return found.Count == 1;
        }, TimeSpan.FromSeconds(60), "the matched report in the child's file");
        Assert.Contains("abandoned-or-without-care", entry.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("孙", entry.ToString(), StringComparison.Ordinal);

        // And the police case names him now, so what the police issue from here on reaches his file too.
        await Eventually.TrueAsync(async () =>
        {
            var view = await Json(await police.GetAsync($"/api/police/cases/{caseId}"));
            return view.GetProperty("childId").ValueKind == JsonValueKind.String && view.GetProperty("childId").GetGuid() == childId;
        }, TimeSpan.FromSeconds(60), "the police case names the matched child");
    }
}

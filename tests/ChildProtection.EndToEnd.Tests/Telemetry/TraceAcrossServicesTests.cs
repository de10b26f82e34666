using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Testing;

namespace ChildProtection.EndToEnd.Tests.Telemetry;

/// <summary>
/// One trace from the gateway through Reporting, PostgreSQL, the outbox, RabbitMQ, the Police consumer and PostgreSQL
/// again: the officer's acceptance of a report carries a trace id we choose, and every process exports its spans over
/// OTLP to the fixture's receiver.
/// </summary>
[Collection(PlatformCollection.Name)]
public class TraceAcrossServicesTests(PlatformFixture platform)
{
    private const string Village = "120116100207";

    [Fact]
    public async Task Accepting_a_report_and_the_police_case_it_opens_are_one_trace_across_gateway_reporting_rabbitmq_police_and_postgres()
    {
        var caseworker = await platform.ClientAsync("civil-affairs", "caseworker", "120116");
        var child = await Created(await caseworker.PostAsJsonAsync("/api/registry/children",
            new { name = "吴" + (char)(0x4E00 + Random.Shared.Next(0, 20000)), gender = "female", birthDate = "2013-03-03", regionCode = Village, household = "rural" }));
        var childId = child.GetProperty("id").GetGuid();

        var school = await platform.ClientAsync("education", "teacher", "120116");
        var receipt = await Created(await school.PostAsJsonAsync("/api/reporting/reports", new
        {
            reporter = new { unitType = "school", unitName = "滨海某小学", person = "李老师", contact = "13900000001" },
            channel = "web", child = new { childId }, situations = new[] { "abandoned-or-without-care" },
            observation = "Alone at home for a week.", observedAt = DateTimeOffset.UtcNow.AddHours(-2), urgency = "normal",
        }));
        var reportId = receipt.GetProperty("reportId").GetGuid();

        var officer = await platform.ClientAsync("police", "officer", "120116");
        JsonElement routing = default;
        await Eventually.TrueAsync(async () =>
        {
            var inbox = JsonDocument.Parse(await officer.GetStringAsync("/api/reporting/reports/inbox?department=police")).RootElement;
            var match = inbox.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("reportId").GetGuid() == reportId).ToList();
            if (match.Count == 1) routing = match[0];
            return match.Count == 1;
        }, TimeSpan.FromSeconds(60), "the report in the police inbox");
        var etag = (await officer.GetAsync($"/api/reporting/reports/{reportId}")).Headers.ETag!.Tag;

        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using (var accept = new HttpRequestMessage(HttpMethod.Post,
            $"/api/reporting/reports/{reportId}/routings/{routing.GetProperty("routingId").GetGuid()}/acceptance"))
        {
            accept.Content = JsonContent.Create(new { });
            accept.Headers.TryAddWithoutValidation("If-Match", etag);
            accept.Headers.TryAddWithoutValidation("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
            var response = await officer.SendAsync(accept);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        await Eventually.TrueAsync(async () =>
        {
            var cases = JsonDocument.Parse(await officer.GetStringAsync("/api/police/cases?region=120116&pageSize=100")).RootElement;
            return cases.GetProperty("items").EnumerateArray()
                .Any(c => c.GetProperty("reportId").ValueKind == JsonValueKind.String && c.GetProperty("reportId").GetGuid() == reportId);
        }, TimeSpan.FromSeconds(60), "the police case opened from the acceptance");

        // Each hop, in the trace we started: the spans reach the receiver within the exporters' batch delay.
        (string Service, string Scope, string What)[] hops =
        [
            ("gateway", "Microsoft.AspNetCore", "the gateway's server span"),
            ("gateway", "System.Net.Http", "the gateway's call to Reporting"),
            ("reporting", "Microsoft.AspNetCore", "Reporting's server span"),
            ("reporting", "Npgsql", "Reporting's append in PostgreSQL"),
            ("reporting", "ChildProtection.EventStore", "Reporting's outbox publishing the acceptance"),
            ("reporting", "MassTransit", "the send to RabbitMQ"),
            ("police", "MassTransit", "the Police consumer receiving it"),
            ("police", "Npgsql", "the Police case appended in PostgreSQL"),
        ];
        // A parent span ends (and is exported) after its children, so wait for the tree to close as well.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        List<string> missing;
        List<ReceivedSpan> roots = [];
        while (((missing = [.. hops.Where(h => !Found(h.Service, h.Scope)).Select(h => h.What)]).Count > 0 || (roots = Roots()).Count != 1)
               && DateTimeOffset.UtcNow < deadline)
            await Task.Delay(200);
        Assert.True(missing.Count == 0, "spans missing from the trace: " + string.Join(", ", missing));
        roots = Roots();
        Assert.True(roots.Count == 1, "one root (the gateway's server span under our caller's parent): "
            + string.Join(", ", roots.Select(r => $"{r.Service}/{r.Scope}/{r.Name}")));
        Assert.Equal("gateway", roots[0].Service);
        return;

        List<ReceivedSpan> Roots()
        {
            var trace = platform.Telemetry.Spans.Where(s => s.TraceId == traceId).ToList();
            var ids = trace.Select(s => s.SpanId).ToHashSet();
            return [.. trace.Where(s => !ids.Contains(s.ParentSpanId))];
        }

        bool Found(string service, string scope) =>
            platform.Telemetry.Spans.Any(s => s.TraceId == traceId && s.Service == service && s.Scope == scope);
    }

    private static async Task<JsonElement> Created(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }
}

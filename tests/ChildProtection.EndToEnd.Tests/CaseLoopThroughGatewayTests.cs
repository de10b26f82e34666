using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Testing;

namespace ChildProtection.EndToEnd.Tests;

/// <summary>
/// The departments working one case through the gateway, each step carried by the services' own events:
/// a visit finding becomes a mandatory report; a school's report is accepted by the police, who open a case, admonish,
/// order guidance and refer it; the procuratorate supervises the guardians; the police's outcome is fed back to the
/// reporter; the child's file shows every department's steps.
/// </summary>
[Collection(PlatformCollection.Name)]
public class CaseLoopThroughGatewayTests(PlatformFixture platform)
{
    private const string Village = "120116100207";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<(string? ETag, JsonElement Body)> Send(HttpClient client, HttpMethod method, string path, object? body = null, string? etag = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        var response = await client.SendAsync(request);
        return (response.Headers.ETag?.Tag, await Json(response));
    }

    private static string UniqueName(string surname) => surname + (char)(0x4E00 + Random.Shared.Next(0, 20000)) + (char)(0x4E00 + Random.Shared.Next(0, 20000));

    private static string ChinaToday() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd");

    private async Task<(Guid Id, string ETag)> RegisterLeftBehindChildAsync(HttpClient caseworker, string birthDate)
    {
        var (etag, child) = await Send(caseworker, HttpMethod.Post, "/api/registry/children",
            new { name = UniqueName("吴"), gender = "male", birthDate, regionCode = Village, household = "rural" });
        var id = child.GetProperty("id").GetGuid();
        (etag, _) = await Send(caseworker, HttpMethod.Put, $"/api/registry/children/{id}/parents/father", new { situation = "working-away", since = "2023-02-01" }, etag);
        (etag, _) = await Send(caseworker, HttpMethod.Put, $"/api/registry/children/{id}/parents/mother", new { situation = "working-away", since = "2023-02-01" }, etag);
        return (id, etag!);
    }

    private static async Task<JsonElement> EventuallyAsync(Func<Task<JsonElement?>> probe, string what)
    {
        JsonElement? found = null;
        await Eventually.TrueAsync(async () => (found = await probe()) is not null, Patience, what);
        return found!.Value;
    }

    private async Task<List<JsonElement>> FileEntriesAsync(HttpClient caseworker, Guid childId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/registry/children/{childId}/file");
        request.Headers.Add("X-Access-Purpose", "end-to-end test: the case loop");
        var file = await Json(await caseworker.SendAsync(request));
        return [.. file.GetProperty("entries").EnumerateArray()];
    }

    [Fact]
    public async Task Signs_of_harm_found_on_a_home_visit_file_a_mandatory_report_in_the_police_inbox()
    {
        var caseworker = await platform.ClientAsync("civil-affairs", "caseworker", "120116");
        var (childId, _) = await RegisterLeftBehindChildAsync(caseworker, "2016-06-06");

        var director = await platform.ClientAsync("civil-affairs", "child-director", Village);
        await EventuallyAsync(async () =>
        {
            var response = await director.GetAsync($"/api/visits/plans/{childId}");
            return response.StatusCode == HttpStatusCode.OK ? await Json(response) : null;
        }, "the registry's events open a visit plan");

        var visit = await director.PostAsJsonAsync($"/api/visits/plans/{childId}/visits", new
        {
            kind = "home-visit", mode = "in-person", occurredAt = DateTimeOffset.UtcNow.AddHours(-3), place = "the child's home",
            seen = new[] { "child", "carer" },
            findings = new[] { new { code = "signs-of-harm", note = "Burn marks on both forearms; the carer's explanation does not fit." } },
        });
        Assert.Equal(HttpStatusCode.Created, visit.StatusCode);

        var police = await platform.ClientAsync("police", "officer", "120116");
        var item = await EventuallyAsync(async () =>
        {
            var inbox = await Json(await police.GetAsync("/api/reporting/reports/inbox?department=police"));
            return inbox.GetProperty("items").EnumerateArray()
                .Where(i => i.TryGetProperty("childId", out var c) && c.ValueKind == JsonValueKind.String && c.GetGuid() == childId)
                .Select(i => (JsonElement?)i).FirstOrDefault();
        }, "HarmFoundOnVisit becomes a report routed to the police");
        var report = await Json(await police.GetAsync($"/api/reporting/reports/{item.GetProperty("reportId").GetGuid()}"));
        Assert.Equal("visit-escalation", report.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task A_school_report_is_accepted_by_the_police_handled_with_admonition_guidance_referral_and_supervision_and_fed_back()
    {
        var caseworker = await platform.ClientAsync("civil-affairs", "caseworker", "120116");
        var (childId, _) = await RegisterLeftBehindChildAsync(caseworker, "2012-12-12");

        // 1. A school files; the reporter holds a receipt number and a secret.
        var school = await platform.ClientAsync("education", "teacher", "120116");
        var (_, receipt) = await Send(school, HttpMethod.Post, "/api/reporting/reports", new
        {
            reporter = new { unitType = "school", unitName = "滨海某中学", person = "王老师", contact = "13800000000" },
            channel = "web", child = new { childId }, situations = new[] { "abandoned-or-without-care" },
            observation = "Has come to school hungry for two weeks; says nobody is at home.",
            observedAt = DateTimeOffset.UtcNow.AddHours(-5).ToString("O"), urgency = "urgent",
        });
        var reportId = receipt.GetProperty("reportId").GetGuid();
        var (number, secret) = (receipt.GetProperty("receiptNumber").GetString()!, receipt.GetProperty("secret").GetString()!);

        // 2. The police accept it from their inbox; the Police service opens a case from MandatoryReportAccepted.
        var officer = await platform.ClientAsync("police", "officer", "120116");
        var routing = (await Json(await officer.GetAsync("/api/reporting/reports/inbox?department=police"))).GetProperty("items")
            .EnumerateArray().Single(i => i.GetProperty("reportId").GetGuid() == reportId);
        var reportETag = (await officer.GetAsync($"/api/reporting/reports/{reportId}")).Headers.ETag!.Tag;
        await Send(officer, HttpMethod.Post, $"/api/reporting/reports/{reportId}/routings/{routing.GetProperty("routingId").GetGuid()}/acceptance", new { }, reportETag);

        var listed = await EventuallyAsync(async () =>
        {
            var cases = await Json(await officer.GetAsync("/api/police/cases?region=120116&pageSize=100"));
            return cases.GetProperty("items").EnumerateArray()
                .Where(c => c.GetProperty("reportId").ValueKind == JsonValueKind.String && c.GetProperty("reportId").GetGuid() == reportId)
                .Select(c => (JsonElement?)c).FirstOrDefault();
        }, "the accepted report opens a police case");
        var caseId = listed.GetProperty("id").GetGuid();
        Assert.Equal(childId, listed.GetProperty("childId").GetGuid());

        // 3. The police admonish the guardian, order family-education guidance, and refer the case to the procuratorate.
        var (_, admonition) = await Send(officer, HttpMethod.Post, $"/api/police/cases/{caseId}/admonitions", new
        {
            guardian = new { name = "吴大海", relationship = "father" }, grounds = new[] { "leaving-child-without-care" },
            statement = "Left the child alone at home while working away, with no carer entrusted.",
        });
        await Send(officer, HttpMethod.Post, $"/api/police/cases/{caseId}/guidance-orders", new
        {
            admonitionId = admonition.GetProperty("id").GetGuid(), guardian = new { name = "吴大海", relationship = "father" },
            provider = "滨海新区家庭教育指导中心", sessions = 4,
            dueOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)).ToString("yyyy-MM-dd"),
        });
        var caseETag = (await officer.GetAsync($"/api/police/cases/{caseId}")).Headers.ETag!.Tag;
        (caseETag, _) = await Send(officer, HttpMethod.Post, $"/api/police/cases/{caseId}/referral",
            new { grounds = new[] { "guardian-failing-duties" }, summary = "Parents working away left the child without a carer; admonished; guidance ordered." }, caseETag);

        // 4. The procuratorate's case opens from the referral; a supervision order with two check-ins follows.
        var prosecutor = await platform.ClientAsync("procuratorate", "prosecutor", "120116");
        var procuratorateCase = await EventuallyAsync(async () =>
        {
            var cases = await Json(await prosecutor.GetAsync($"/api/procuratorate/cases?childId={childId}"));
            var items = cases.ValueKind == JsonValueKind.Array ? cases : cases.GetProperty("items");
            return items.EnumerateArray().Select(c => (JsonElement?)c).FirstOrDefault();
        }, "the police referral opens a procuratorate case");
        Assert.Equal("police-referral", procuratorateCase.GetProperty("source").GetString());
        var today = ChinaToday();
        var (orderETag, order) = await Send(prosecutor, HttpMethod.Post, $"/api/procuratorate/cases/{procuratorateCase.GetProperty("id").GetGuid()}/supervision-orders",
            new { guardians = new[] { "吴大海" }, content = "Entrust a capable carer in writing and keep weekly contact with the child." });
        var orderId = order.GetProperty("id").GetGuid();
        (orderETag, _) = await Send(prosecutor, HttpMethod.Post, $"/api/procuratorate/supervision-orders/{orderId}/service", new { method = "written", servedOn = today }, orderETag);
        (orderETag, _) = await Send(prosecutor, HttpMethod.Post, $"/api/procuratorate/supervision-orders/{orderId}/check-ins", new { checkedOn = today, evaluation = "partly-complying" }, orderETag);
        await Send(prosecutor, HttpMethod.Post, $"/api/procuratorate/supervision-orders/{orderId}/check-ins", new { checkedOn = today, evaluation = "complying" }, orderETag);

        // 5. The police close their case; Reporting records the outcome on the police routing, the officer feeds it back.
        await Send(officer, HttpMethod.Post, $"/api/police/cases/{caseId}/closure", new { outcome = "referred-to-procuratorate" }, caseETag);
        var withOutcome = await EventuallyAsync(async () =>
        {
            var report = await Json(await officer.GetAsync($"/api/reporting/reports/{reportId}"));
            var police = report.GetProperty("routings").EnumerateArray().Single(r => r.GetProperty("department").GetString() == "police");
            return police.GetProperty("status").GetString() == "outcome-recorded" ? police : null;
        }, "PoliceCaseOutcomeRecorded records the outcome of the report's police routing");
        reportETag = (await officer.GetAsync($"/api/reporting/reports/{reportId}")).Headers.ETag!.Tag;
        await Send(officer, HttpMethod.Post, $"/api/reporting/reports/{reportId}/routings/{withOutcome.GetProperty("id").GetGuid()}/feedback",
            new { method = "phone" }, reportETag);

        // 6. The reporter sees the status and the fed-back outcome, nothing about the child or the case.
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/reporting/reports/receipts/{number}");
        read.Headers.Add("X-Receipt-Secret", secret);
        var status = await Json(await school.SendAsync(read));
        var shown = status.ToString();
        var outcome = Assert.Single(status.GetProperty("outcomes").EnumerateArray());
        Assert.Equal("police", outcome.GetProperty("department").GetString());
        Assert.False(string.IsNullOrWhiteSpace(outcome.GetProperty("message").GetString()));
        Assert.DoesNotContain("吴", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(caseId.ToString(), shown, StringComparison.Ordinal);

        // 7. The child's file holds every department's steps, without names.
        var entries = await EventuallyAsync(async () =>
        {
            var all = await FileEntriesAsync(caseworker, childId);
            var sources = all.Select(e => e.GetProperty("source").GetString()).ToHashSet();
            return sources.IsSupersetOf(["reporting", "police", "procuratorate"]) && all.Count(e => e.GetProperty("source").GetString() == "procuratorate") >= 4
                ? JsonSerializer.SerializeToElement(all)
                : null;
        }, "report, police and procuratorate steps in the child's file");
        Assert.DoesNotContain("吴大海", entries.ToString(), StringComparison.Ordinal);
    }
}

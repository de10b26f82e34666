using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Testing;

namespace ChildProtection.EndToEnd.Tests;

/// <summary>The procuratorate through the gateway: a supervision-of-guardianship order followed up to completion, seen in the child's file.</summary>
[Collection(PlatformCollection.Name)]
public class ProcuratorateThroughGatewayTests(PlatformFixture platform)
{
    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<(string ETag, JsonElement Body)> Post(HttpClient client, string path, object body, string? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        var response = await client.SendAsync(request);
        var json = await Json(response);
        return (response.Headers.ETag!.Tag, json);
    }

    [Fact]
    public async Task A_supervision_order_with_two_check_ins_completed_appears_in_the_childs_file()
    {
        var caseworker = await platform.ClientAsync("civil-affairs", "caseworker", "120116");
        var child = (await Json(await caseworker.PostAsJsonAsync("/api/registry/children",
            new { name = "钱小禾", gender = "female", birthDate = "2013-09-01", regionCode = "120116100202", household = "rural" }))).GetProperty("id").GetGuid();

        var officer = await platform.ClientAsync("police", "officer", "120116");
        var refused = await officer.PostAsJsonAsync("/api/procuratorate/cases",
            new { regionCode = "120116100202", childId = child, grounds = new[] { "guardian-failing-duties" }, summary = "监护缺失" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var prosecutor = await platform.ClientAsync("procuratorate", "prosecutor", "120116");
        var unknownChild = await prosecutor.PostAsJsonAsync("/api/procuratorate/cases",
            new { regionCode = "120116100202", childId = Guid.NewGuid(), grounds = new[] { "guardian-failing-duties" }, summary = "监护缺失" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownChild.StatusCode);
        Assert.Contains("childId", await unknownChild.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (_, opened) = await Post(prosecutor, "/api/procuratorate/cases",
            new { regionCode = "120116100202", childId = child, grounds = new[] { "guardian-failing-duties" }, summary = "父母外出务工，祖父母监护不力" });
        var caseId = opened.GetProperty("id").GetGuid();

        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd");
        var (etag, order) = await Post(prosecutor, $"/api/procuratorate/cases/{caseId}/supervision-orders",
            new { guardians = new[] { "钱大山", "孙秀英" }, content = "履行监护职责，保证按时就学", familyEducationGuidance = true });
        var orderId = order.GetProperty("id").GetGuid();
        (etag, _) = await Post(prosecutor, $"/api/procuratorate/supervision-orders/{orderId}/service", new { method = "written", servedOn = today }, etag);
        (etag, _) = await Post(prosecutor, $"/api/procuratorate/supervision-orders/{orderId}/check-ins", new { checkedOn = today, evaluation = "partly-complying" }, etag);
        (etag, _) = await Post(prosecutor, $"/api/procuratorate/supervision-orders/{orderId}/check-ins", new { checkedOn = today, evaluation = "complying" }, etag);
        var (_, completed) = await Post(prosecutor, $"/api/procuratorate/supervision-orders/{orderId}/completion", new { note = "监护到位" }, etag);
        Assert.Equal("completed", completed.GetProperty("status").GetString());

        List<JsonElement> entries = [];
        await Eventually.TrueAsync(async () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/registry/children/{child}/file");
            request.Headers.Add("X-Access-Purpose", "end-to-end test: procuratorate follow-up");
            var file = await Json(await caseworker.SendAsync(request));
            entries = [.. file.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("source").GetString() == "procuratorate")];
            return entries.Count == 6;
        }, TimeSpan.FromSeconds(45), "the case and the order's five steps should reach the child's file");

        var summaries = entries.Select(e => e.GetProperty("summary").GetString()!).ToList();
        Assert.Contains("Supervision-of-guardianship order issued to the guardians (督促监护令)", summaries);
        Assert.Contains("Supervision-order check-in 1: guardians partly-complying", summaries);
        Assert.Contains("Supervision-order check-in 2: guardians complying", summaries);
        Assert.Contains("Supervision-of-guardianship order completed: guardians comply", summaries);
        Assert.DoesNotContain(summaries, s => s.Contains("钱大山", StringComparison.Ordinal));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Testing;

namespace ChildProtection.EndToEnd.Tests;

/// <summary>
/// The court through the gateway: civil affairs applies for an urgent protection order, a judge issues it in the window and
/// a clerk serves it, and it reaches the child's file; a revocation naming civil affairs puts the child in long-term state
/// guardianship in the registry.
/// </summary>
[Collection(PlatformCollection.Name)]
public class CourtThroughGatewayTests(PlatformFixture platform)
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

    private static string Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd");

    private static string In(int months) =>
        DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime).AddMonths(months).ToString("yyyy-MM-dd");

    private static async Task<Guid> RegisterAsync(HttpClient caseworker, string name, string birthDate, string region) =>
        (await Json(await caseworker.PostAsJsonAsync("/api/registry/children",
            new { name, gender = "male", birthDate, regionCode = region, household = "rural" }))).GetProperty("id").GetGuid();

    [Fact]
    public async Task An_urgent_protection_order_applied_for_by_civil_affairs_is_issued_served_and_filed()
    {
        const string village = "120116100305";
        var caseworker = await platform.ClientAsync("civil-affairs", "caseworker", "120116");
        var child = await RegisterAsync(caseworker, "冯小川", "2015-03-17", village);

        var application = new
        {
            childId = child, regionCode = village, form = "written", respondentRelation = "father", respondentName = "冯大海",
            requestedMeasures = new[] { "no-violence", "exclusion-zone-school" }, facts = "父亲酒后多次殴打孩子", urgent = true,
        };
        var teacher = await platform.ClientAsync("education", "teacher", "120116");
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostAsJsonAsync("/api/court/protection-orders", application)).StatusCode);
        var unknown = await caseworker.PostAsJsonAsync("/api/court/protection-orders", application with { childId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var (etag, applied) = await Post(caseworker, "/api/court/protection-orders", application);
        var id = applied.GetProperty("id").GetGuid();
        var due = applied.GetProperty("decisionDueAt").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromHours(24), due - applied.GetProperty("appliedAt").GetDateTimeOffset());

        var judge = await platform.ClientAsync("court", "judge", "120116");
        (etag, var issued) = await Post(judge, $"/api/court/protection-orders/{id}/issue",
            new { measures = new[] { "no-violence", "exclusion-zone-school" }, validUntil = In(6) }, etag);
        Assert.Equal("issued", issued.GetProperty("status").GetString());
        Assert.False(issued.GetProperty("decidedLate").GetBoolean());
        Assert.True(issued.GetProperty("decidedAt").GetDateTimeOffset() <= due);

        var clerk = await platform.ClientAsync("court", "court-clerk", "120116");
        await Post(clerk, $"/api/court/protection-orders/{id}/service", new { servedOn = new[] { "police", "village-committee" } }, etag);

        List<string> summaries = [];
        await Eventually.TrueAsync(async () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/registry/children/{child}/file");
            request.Headers.Add("X-Access-Purpose", "end-to-end test: protection order");
            var file = await Json(await caseworker.SendAsync(request));
            summaries = [.. file.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("source").GetString() == "court")
                .Select(e => e.GetProperty("summary").GetString()!)];
            return summaries.Count == 2;
        }, TimeSpan.FromSeconds(45), "the issued and served order should reach the child's file");
        Assert.Contains("Court issued a personal-safety protection order (人身安全保护令)", summaries);
        Assert.Contains("Protection order served on police and village-committee", summaries);
        Assert.DoesNotContain(summaries, s => s.Contains("冯大海", StringComparison.Ordinal));

        // The police received the order to enforce: it is on their list, with its measures and last day.
        var officer = await platform.ClientAsync("police", "officer", "120116");
        JsonElement enforced = default;
        await Eventually.TrueAsync(async () =>
        {
            var list = await Json(await officer.GetAsync($"/api/police/protection-orders?childId={child}"));
            var items = list.GetProperty("items").EnumerateArray().ToList();
            if (items.Count == 0) return false;
            enforced = items.Single();
            return true;
        }, TimeSpan.FromSeconds(45), "ProtectionOrderServed reaches the police's enforcement list");
        Assert.Equal(id, enforced.GetProperty("orderId").GetGuid());
        Assert.Equal(In(6), enforced.GetProperty("validUntil").GetString());
        Assert.Equal(["no-violence", "exclusion-zone-school"], enforced.GetProperty("measures").EnumerateArray().Select(m => m.GetString()));
        var elsewhere = await platform.ClientAsync("police", "officer", "1405");
        Assert.Empty((await Json(await elsewhere.GetAsync($"/api/police/protection-orders?childId={child}"))).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_revocation_naming_civil_affairs_puts_the_child_in_long_term_state_guardianship()
    {
        const string village = "120116100306";
        var caseworker = await platform.ClientAsync("civil-affairs", "caseworker", "120116");
        var child = await RegisterAsync(caseworker, "蒋小溪", "2012-11-23", village);

        var (etag, petition) = await Post(caseworker, "/api/court/revocation-petitions", new
        {
            childId = child, regionCode = village, respondents = new[] { "father", "mother" },
            grounds = new[] { "serious-harm-to-body-or-mind", "neglect-leaving-child-in-danger" }, facts = "父母长期虐待并遗弃",
        });
        var id = petition.GetProperty("id").GetGuid();
        var clerk = await platform.ClientAsync("court", "court-clerk", "120116");
        (etag, _) = await Post(clerk, $"/api/court/revocation-petitions/{id}/hearing", new { hearingOn = Today }, etag);
        var judge = await platform.ClientAsync("court", "judge", "120116");
        var (_, judged) = await Post(judge, $"/api/court/revocation-petitions/{id}/judgment", new
        {
            revoked = true, revokedGuardians = new[] { "father", "mother" }, newGuardian = "civil-affairs", effectiveOn = Today, reasons = "严重损害未成年人身心健康",
        }, etag);
        Assert.Equal("revoked", judged.GetProperty("status").GetString());

        JsonElement registered = default;
        await Eventually.TrueAsync(async () =>
        {
            registered = await Json(await caseworker.GetAsync($"/api/registry/children/{child}"));
            return registered.GetProperty("guardianship").GetProperty("status").GetString() == "long-term-state";
        }, TimeSpan.FromSeconds(45), "the registry should record long-term state guardianship");
        Assert.Equal("guardianship-revoked", registered.GetProperty("parents").GetProperty("father").GetProperty("kind").GetString());
        Assert.Equal("guardianship-revoked", registered.GetProperty("parents").GetProperty("mother").GetProperty("kind").GetString());

        // Both parents' guardianship revoked makes her de-facto unsupported (docs/domain.md §2): Relief reassesses on its own
        // and opens the allowance case without anyone applying.
        Assert.Contains("de-facto-unsupported", registered.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        var relief = await platform.ClientAsync("civil-affairs", "relief-officer", "120116");
        JsonElement assessed = default;
        await Eventually.TrueAsync(async () =>
        {
            var response = await relief.GetAsync($"/api/relief/children/{child}");
            if (response.StatusCode != System.Net.HttpStatusCode.OK) return false;
            assessed = await Json(response);
            return assessed.GetProperty("cases").GetArrayLength() > 0;
        }, TimeSpan.FromSeconds(45), "Relief reassesses the child after the judgment");
        var opened = assessed.GetProperty("cases")[0];
        Assert.Equal(("de-facto-unsupported-allowance", "proactive"), (opened.GetProperty("programme").GetString(), opened.GetProperty("origin").GetString()));
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Testing;

namespace ChildProtection.EndToEnd.Tests;

/// <summary>
/// 应保尽保 through the gateway: Registry records the parents' situations, Relief opens a de-facto-unsupported case
/// without any application, the township verifies, the county confirms, payment starts next month, and the father's
/// release proposes termination.
/// </summary>
[Collection(PlatformCollection.Name)]
public class ReliefThroughGatewayTests(PlatformFixture platform)
{
    private const string Village = "120116100402";
    private const string Township = "120116100";
    private const string County = "120116";

    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object body, string etag)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd(etag);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Father_imprisoned_and_mother_lost_contact_opens_a_case_without_application_and_release_proposes_termination()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var registry = await platform.ClientAsync("civil-affairs", "caseworker", County);
        var created = await registry.PostAsJsonAsync("/api/registry/children", new
        {
            name = "周小" + (char)(0x4E00 + Random.Shared.Next(0, 20000)), gender = "male",
            birthDate = D(new DateOnly(2013, 1, 1).AddDays(Random.Shared.Next(0, 300))), regionCode = Village, household = "rural",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json(created)).GetProperty("id").GetGuid();
        var etag = created.Headers.ETag!.Tag;
        var father = await SendAsync(registry, HttpMethod.Put, $"/api/registry/children/{id}/parents/father",
            new { situation = "imprisoned", since = D(today.AddMonths(-1)), expectedEnd = D(today.AddMonths(-1).AddYears(3)) }, etag);
        Assert.Equal(HttpStatusCode.OK, father.StatusCode);
        var mother = await SendAsync(registry, HttpMethod.Put, $"/api/registry/children/{id}/parents/mother",
            new { situation = "lost-contact", since = D(today.AddMonths(-7)) }, father.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, mother.StatusCode);
        etag = mother.Headers.ETag!.Tag;

        var township = await platform.ClientAsync("civil-affairs", "relief-officer", Township);
        var county = await platform.ClientAsync("civil-affairs", "relief-officer", County);
        JsonElement state = default;
        string reliefTag = "";
        await Eventually.TrueAsync(async () =>
        {
            var r = await township.GetAsync($"/api/relief/children/{id}");
            if (r.StatusCode != HttpStatusCode.OK) return false;
            state = await Json(r);
            reliefTag = r.Headers.ETag!.Tag;
            return state.GetProperty("cases").GetArrayLength() > 0;
        }, TimeSpan.FromSeconds(60), "Registry's category reaches Relief, which opens a case on its own");
        var @case = state.GetProperty("cases")[0];
        Assert.Equal(("de-facto-unsupported-allowance", "proactive"), (@case.GetProperty("programme").GetString(), @case.GetProperty("origin").GetString()));
        Assert.NotEmpty(@case.GetProperty("missingEvidence").EnumerateArray());
        var caseId = @case.GetProperty("caseId").GetGuid();

        var verified = await SendAsync(township, HttpMethod.Post, $"/api/relief/children/{id}/cases/{caseId}/verification",
            new { evidence = new[] { "household registration (户口簿)" } }, reliefTag);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var confirmed = await SendAsync(county, HttpMethod.Post, $"/api/relief/children/{id}/cases/{caseId}/confirmation", new { }, verified.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var entitlement = (await Json(confirmed)).GetProperty("entitlements")[0];
        var nextMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        Assert.Equal(D(nextMonth), entitlement.GetProperty("startMonth").GetString());

        var police = await platform.ClientAsync("police", "officer", County);
        Assert.Equal(HttpStatusCode.Forbidden, (await police.GetAsync($"/api/relief/children/{id}")).StatusCode);

        // The father is released early: Registry's category ends and Relief proposes termination for the month after.
        var released = await SendAsync(registry, HttpMethod.Put, $"/api/registry/children/{id}/parents/father",
            new { situation = "present", since = D(today) }, etag);
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        await Eventually.TrueAsync(async () =>
        {
            var r = await county.GetAsync($"/api/relief/children/{id}");
            state = await Json(r);
            return state.GetProperty("entitlements")[0].TryGetProperty("terminationProposed", out var p) && p.ValueKind == JsonValueKind.Object;
        }, TimeSpan.FromSeconds(60), "the release reaches Relief as the category's end");
        Assert.Equal(D(nextMonth), state.GetProperty("entitlements")[0].GetProperty("terminationProposed").GetProperty("effectiveMonth").GetString());
    }
}

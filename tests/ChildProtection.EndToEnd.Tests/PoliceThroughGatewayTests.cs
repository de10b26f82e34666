using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Testing;

namespace ChildProtection.EndToEnd.Tests;

/// <summary>
/// The police slice as officers use it, through the gateway with nothing published by hand: a case about a registered
/// child, an admonition and a guidance order, a referral to the procuratorate, and all of it in the child's file.
/// </summary>
[Collection(PlatformCollection.Name)]
public class PoliceThroughGatewayTests(PlatformFixture platform)
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task An_officer_opens_a_case_admonishes_orders_guidance_and_refers_and_the_childs_file_shows_each_step()
    {
        var caseworker = await platform.ClientAsync("civil-affairs", "caseworker", "120116");
        var registered = await caseworker.PostAsJsonAsync("/api/registry/children",
            new { name = "孙小禾", gender = "female", birthDate = "2015-09-12", regionCode = "120116100201", household = "rural" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var child = (await Json(registered)).GetProperty("id").GetGuid();

        var officer = await platform.ClientAsync("police", "officer", "120116");
        // The registry is asked over gRPC whether the child is real: an unknown id is a 400.
        var unknown = await officer.PostAsJsonAsync("/api/police/cases",
            new { regionCode = "120116100201", childId = Guid.NewGuid(), situations = new[] { "guardian-failing-duties" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var opened = await officer.PostAsJsonAsync("/api/police/cases", new
        {
            regionCode = "120116100201", childId = child, situations = new[] { "guardian-failing-duties" }, urgency = "urgent",
            account = "村委会反映：父母外出务工，祖母无力照料，儿童多日独自在家。",
        });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var caseId = (await Json(opened)).GetProperty("id").GetGuid();

        var prosecutor = await platform.ClientAsync("procuratorate", "prosecutor", "120116");
        var admonition = new
        {
            guardian = new { name = "孙大海", relationship = "father" }, grounds = new[] { "leaving-child-without-care" },
            statement = "依法予以训诫，责令履行监护职责。",
        };
        Assert.Equal(HttpStatusCode.Forbidden, (await prosecutor.PostAsJsonAsync($"/api/police/cases/{caseId}/admonitions", admonition)).StatusCode);

        var admonished = await officer.PostAsJsonAsync($"/api/police/cases/{caseId}/admonitions", admonition);
        Assert.Equal(HttpStatusCode.Created, admonished.StatusCode);
        var admonitionId = (await Json(admonished)).GetProperty("id").GetGuid();
        var dueOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(60).ToString("yyyy-MM-dd");
        var ordered = await officer.PostAsJsonAsync($"/api/police/cases/{caseId}/guidance-orders", new
        {
            admonitionId, guardian = new { name = "孙大海", relationship = "father" }, provider = "滨海新区家庭教育指导服务中心", sessions = 4, dueOn,
        });
        Assert.Equal(HttpStatusCode.Created, ordered.StatusCode);

        var current = await officer.GetAsync($"/api/police/cases/{caseId}");
        var referral = new HttpRequestMessage(HttpMethod.Post, $"/api/police/cases/{caseId}/referral")
        {
            Content = JsonContent.Create(new { grounds = new[] { "guardian-failing-duties" }, summary = "监护人长期不履行监护职责，已训诫并责令接受家庭教育指导。" }),
        };
        referral.Headers.TryAddWithoutValidation("If-Match", current.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, (await officer.SendAsync(referral)).StatusCode);

        string[] expected =
        [
            "Police case opened",
            "Guardian (father) admonished by the police (训诫): leaving-child-without-care",
            "Guardian (father) ordered by the police to receive family-education guidance",
            "Police case referred to the procuratorate (guardian-failing-duties)",
        ];
        List<string> summaries = [];
        await Eventually.TrueAsync(async () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/registry/children/{child}/file");
            request.Headers.Add("X-Access-Purpose", "end-to-end test of the police slice");
            var file = await Json(await caseworker.SendAsync(request));
            summaries = [.. file.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("source").GetString() == "police")
                .Select(e => e.GetProperty("summary").GetString()!)];
            return expected.All(x => summaries.Any(s => s.StartsWith(x, StringComparison.Ordinal)));
        }, TimeSpan.FromSeconds(60), "the case, the admonition, the guidance order and the referral reach the child's file");

        Assert.Equal(4, summaries.Count);
        Assert.DoesNotContain(summaries, s => s.Contains("孙", StringComparison.Ordinal));
    }
}

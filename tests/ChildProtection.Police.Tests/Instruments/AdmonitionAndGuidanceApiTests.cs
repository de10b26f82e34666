using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Contracts.Police;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Police.Tests.Instruments;

[Collection(PoliceCollection.Name)]
public class AdmonitionAndGuidanceApiTests(PoliceFactory police)
{
    private string DueOn(int days) => DateOnly.FromDateTime(police.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(days).ToString("yyyy-MM-dd");
    private string Today => DueOn(0);

    [Fact]
    public async Task A_guardian_is_admonished_and_ordered_guidance_which_is_completed_once_and_the_file_hears_of_it_without_the_name()
    {
        var officer = police.Officer();
        var child = police.RegisteredChild();
        var (caseId, _) = await officer.OpenCaseAsync(childId: child);

        var admonished = await officer.AdmonishAsync(caseId, "张大山");
        Assert.Equal(HttpStatusCode.Created, admonished.StatusCode);
        var admonition = await admonished.Json();
        var admonitionId = admonition.GetProperty("id").GetGuid();
        Assert.Equal("张大山", admonition.GetProperty("guardian").GetProperty("name").GetString());

        var ordered = await officer.PostAsJsonAsync($"/api/police/cases/{caseId}/guidance-orders", new
        {
            admonitionId, guardian = new { name = "张大山", relationship = "father" }, provider = "滨海新区家庭教育指导服务中心", sessions = 4, dueOn = DueOn(60),
        });
        Assert.Equal(HttpStatusCode.Created, ordered.StatusCode);
        var orderId = (await ordered.Json()).GetProperty("id").GetGuid();
        var etag = ordered.Headers.ETag!.Tag;

        var completed = await officer.SendAsync(HttpMethod.Post, $"/api/police/guidance-orders/{orderId}/completion",
            new { sessionsAttended = 4, completedOn = Today }, etag);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal("completed", (await completed.Json()).GetProperty("status").GetString());

        var again = await officer.SendAsync(HttpMethod.Post, $"/api/police/guidance-orders/{orderId}/completion",
            new { sessionsAttended = 4, completedOn = Today }, completed.Headers.ETag!.Tag);
        var problem = await again.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected);
        Assert.Equal("guidance-completed", problem.GetProperty("code").GetString());
        Assert.Equal(2, await police.Database.ScalarAsync($"SELECT count(*) FROM police.mt_events WHERE stream_id = '{orderId}'"));

        var list = await (await officer.GetAsync($"/api/police/cases/{caseId}/instruments")).Json();
        Assert.Equal(new[] { "admonition", "guidance-order" }, list.EnumerateArray().Select(i => i.GetProperty("kind").GetString()!).ToArray());
        Assert.All(list.EnumerateArray(), i => Assert.Equal("张**", i.GetProperty("namedPerson").GetString()));
        Assert.DoesNotContain("张大山", list.GetRawText(), StringComparison.Ordinal);

        var published = await police.WaitFor<GuardianAdmonished>(m => m.AdmonitionId == admonitionId, "admonition published to the file");
        Assert.Equal(child, published.ChildId);
        Assert.Equal("father", published.GuardianRelationship);
        Assert.DoesNotContain("张", JsonSerializer.Serialize(published), StringComparison.Ordinal);
        await police.WaitFor<ChildProtection.Contracts.ChildFile.IChildFileEvent>(m => m.ChildId == child && m.FileSummary.Contains("completed", StringComparison.Ordinal),
            "guidance completion in the child's file");
    }

    [Fact]
    public async Task A_prosecutor_cannot_admonish_and_an_officer_cannot_complete_guidance_that_was_refused()
    {
        var officer = police.Officer();
        var (caseId, _) = await officer.OpenCaseAsync(childId: police.RegisteredChild());
        await (await police.ClientAs("procuratorate", "prosecutor", "120116").PostAsJsonAsync($"/api/police/cases/{caseId}/admonitions", PoliceApi.Admonition()))
            .AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);

        var ordered = await officer.PostAsJsonAsync($"/api/police/cases/{caseId}/guidance-orders", new
        {
            guardian = new { name = "王芳", relationship = "mother" }, provider = "妇联家庭教育指导站", sessions = 2, dueOn = DueOn(30),
        });
        var orderId = (await ordered.Json()).GetProperty("id").GetGuid();
        var refused = await officer.SendAsync(HttpMethod.Post, $"/api/police/guidance-orders/{orderId}/refusal",
            new { reason = "拒绝参加指导", refusedOn = Today }, ordered.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var completing = await officer.SendAsync(HttpMethod.Post, $"/api/police/guidance-orders/{orderId}/completion",
            new { sessionsAttended = 2, completedOn = Today }, refused.Headers.ETag!.Tag);
        Assert.Equal("guidance-refused", (await completing.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());

        var toCourt = await officer.SendAsync(HttpMethod.Post, $"/api/police/guidance-orders/{orderId}/court-referral",
            new { court = "天津市滨海新区人民法院" }, refused.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, toCourt.StatusCode);
        Assert.Equal("referred-to-court", (await toCourt.Json()).GetProperty("status").GetString());
        await police.WaitFor<FamilyEducationGuidanceRefusalReferredToCourt>(m => m.OrderId == orderId, "the court hears of the refusal");
    }

    [Fact]
    public async Task Guidance_input_is_checked_field_by_field_and_an_admonition_of_another_case_is_refused()
    {
        var officer = police.Officer();
        var (caseId, _) = await officer.OpenCaseAsync();
        var (otherCase, _) = await officer.OpenCaseAsync();
        var otherAdmonition = (await (await officer.AdmonishAsync(otherCase)).Json()).GetProperty("id").GetGuid();
        var response = await officer.PostAsJsonAsync($"/api/police/cases/{caseId}/guidance-orders", new
        {
            admonitionId = otherAdmonition, guardian = new { name = "", relationship = "uncle" }, provider = "", sessions = 0, dueOn = Today,
        });
        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation)).GetProperty("errors");
        foreach (var field in new[] { "admonitionId", "guardian.name", "guardian.relationship", "provider", "sessions", "dueOn" })
            Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.Equal(0, await police.Database.ScalarAsync($"SELECT count(*) FROM police.instruments WHERE case_id = '{caseId}'"));
    }
}

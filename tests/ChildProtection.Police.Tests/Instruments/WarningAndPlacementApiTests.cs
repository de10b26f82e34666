using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Contracts.Police;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Police.Tests.Instruments;

[Collection(PoliceCollection.Name)]
public class WarningAndPlacementApiTests(PoliceFactory police)
{
    private string Day(int offset) => DateOnly.FromDateTime(police.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(offset).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_warning_letter_served_on_both_parties_asks_for_follow_up_visits_without_naming_anyone()
    {
        var officer = police.Officer();
        var child = police.RegisteredChild();
        var (caseId, _) = await officer.OpenCaseAsync(childId: child);
        var issued = await officer.PostAsJsonAsync($"/api/police/cases/{caseId}/domestic-violence-warnings", new
        {
            abuser = new { name = "刘强", relationship = "step-parent" }, facts = "多次推搡儿童，情节轻微。",
            servedOnAbuserOn = Day(0), servedOnVictimOn = Day(0), villageCommittee = "某村村民委员会", villageCommitteeNotifiedOn = Day(0),
            followUpVisitDates = new[] { Day(30), Day(7) },
        });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var id = (await issued.Json()).GetProperty("id").GetGuid();
        var published = await police.WaitFor<DomesticViolenceWarningIssued>(m => m.WarningId == id, "Visits can schedule the follow-ups");
        Assert.Equal(child, published.ChildId);
        Assert.Equal([DateOnly.Parse(Day(7)), DateOnly.Parse(Day(30))], published.FollowUpVisitDates);
        Assert.DoesNotContain("刘", JsonSerializer.Serialize(published), StringComparison.Ordinal);

        var first = await officer.SendAsync(HttpMethod.Post, $"/api/police/domestic-violence-warnings/{id}/follow-ups",
            new { visitedOn = Day(0), finding = "no-further-violence" }, issued.Headers.ETag!.Tag);
        Assert.Equal("following-up", (await first.Json()).GetProperty("status").GetString());
        var last = await officer.SendAsync(HttpMethod.Post, $"/api/police/domestic-violence-warnings/{id}/follow-ups",
            new { visitedOn = Day(0), finding = "no-further-violence" }, first.Headers.ETag!.Tag);
        Assert.Equal("followed-up", (await last.Json()).GetProperty("status").GetString());
        var extra = await officer.SendAsync(HttpMethod.Post, $"/api/police/domestic-violence-warnings/{id}/follow-ups",
            new { visitedOn = Day(0), finding = "no-further-violence" }, last.Headers.ETag!.Tag);
        Assert.Equal("follow-up-complete", (await extra.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_warning_letter_needs_service_on_both_parties_and_future_follow_up_dates()
    {
        var officer = police.Officer();
        var (caseId, _) = await officer.OpenCaseAsync();
        var response = await officer.PostAsJsonAsync($"/api/police/cases/{caseId}/domestic-violence-warnings", new
        {
            abuser = new { name = "刘强", relationship = "step-parent" }, facts = "x", servedOnAbuserOn = Day(1), villageCommittee = "某村",
            villageCommitteeNotifiedOn = Day(0), followUpVisitDates = new[] { Day(0) },
        });
        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation)).GetProperty("errors");
        foreach (var field in new[] { "servedOnAbuserOn", "servedOnVictimOn", "followUpVisitDates[0]" })
            Assert.True(errors.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task Civil_affairs_is_asked_to_place_a_child_even_one_not_yet_registered_and_the_hand_over_ends_the_request()
    {
        var officer = police.Officer();
        var (caseId, _) = await officer.OpenCaseAsync();
        var requested = await officer.PostAsJsonAsync($"/api/police/cases/{caseId}/emergency-placements", new
        {
            grounds = new[] { "without-care" }, civilAffairsUnit = "天津市滨海新区民政局", whereabouts = "派出所值班室",
        });
        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        var id = (await requested.Json()).GetProperty("id").GetGuid();
        var published = await police.WaitFor<EmergencyPlacementRequested>(m => m.RequestId == id, "civil affairs is asked");
        Assert.Null(published.ChildId);

        var handed = await officer.SendAsync(HttpMethod.Post, $"/api/police/emergency-placements/{id}/hand-over",
            new { placement = "rescue-protection-institution" }, requested.Headers.ETag!.Tag);
        Assert.Equal("handed-over", (await handed.Json()).GetProperty("status").GetString());
        var withdraw = await officer.SendAsync(HttpMethod.Post, $"/api/police/emergency-placements/{id}/withdrawal",
            new { reason = "亲属已接回" }, handed.Headers.ETag!.Tag);
        await withdraw.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected);
    }

    [Fact]
    public async Task A_referral_to_the_procuratorate_carries_the_summary_and_happens_once()
    {
        var officer = police.Officer();
        var child = police.RegisteredChild();
        var (caseId, etag) = await officer.OpenCaseAsync(childId: child);
        var referred = await officer.SendAsync(HttpMethod.Post, $"/api/police/cases/{caseId}/referral",
            new { grounds = new[] { "guardian-failing-duties", "admonition-ignored" }, summary = "监护人经训诫后仍长期放任儿童独居。" }, etag);
        Assert.Equal(HttpStatusCode.OK, referred.StatusCode);
        var referral = await police.WaitFor<PoliceCaseReferredToProcuratorate>(m => m.CaseId == caseId, "the procuratorate hears of it");
        Assert.Equal(child, referral.ChildId);
        Assert.Equal("test-user", referral.ReferredBy);
        Assert.Equal(["guardian-failing-duties", "admonition-ignored"], referral.Grounds);
        await police.WaitFor<PoliceCaseMilestoneRecorded>(m => m.CaseId == caseId && m.Milestone == "referred-to-procuratorate", "and the child's file");

        var again = await officer.SendAsync(HttpMethod.Post, $"/api/police/cases/{caseId}/referral",
            new { grounds = new[] { "suspected-crime" }, summary = "again" }, referred.Headers.ETag!.Tag);
        Assert.Equal("already-referred", (await again.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
    }
}

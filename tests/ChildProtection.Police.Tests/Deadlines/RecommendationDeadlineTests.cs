using System.Net;
using System.Net.Http.Json;
using ChildProtection.Contracts.Police;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Police.Tests.Deadlines;

[Collection(PoliceCollection.Name)]
public class RecommendationDeadlineTests(PoliceFactory police)
{
    private async Task<long> OverdueEvents(Guid id) =>
        await police.Database.ScalarAsync($"SELECT count(*) FROM police.mt_events WHERE stream_id = '{id}' AND type = 'police.recommendation-reply-overdue.v1'");

    private async Task ScanAsync() => Assert.Equal(HttpStatusCode.OK, (await police.Operator().PostAsync("/api/police/operations/deadline-scan", null)).StatusCode);

    [Fact]
    public async Task A_recommendation_unanswered_a_month_later_is_overdue_once_and_a_later_reply_is_recorded_late()
    {
        using var breaches = new MetricRecorder("deadlines.breached", "kind");
        var officer = police.Officer();
        var child = police.RegisteredChild();
        var (caseId, _) = await officer.OpenCaseAsync(childId: child);
        var issued = await officer.PostAsJsonAsync($"/api/police/cases/{caseId}/recommendations", new
        {
            unit = "某宾馆", failings = new[] { "failed-to-check-identity", "failed-to-report" }, text = "建议落实未成年人入住五必须制度并依法报告。",
        });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var body = await issued.Json();
        var id = body.GetProperty("id").GetGuid();
        var issuedAt = body.GetProperty("issuedAt").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(8));
        var due = body.GetProperty("replyDueAt").GetDateTimeOffset().ToUniversalTime();
        Assert.Equal(new DateTimeOffset(issuedAt.Date.AddMonths(1).AddDays(1), TimeSpan.FromHours(8)), due);
        Assert.Contains("第一百一十四条", body.GetProperty("replyPeriodSource").GetString(), StringComparison.Ordinal);

        police.Clock.SetTo(due.AddMinutes(-1));
        await ScanAsync();
        Assert.Equal(0, await OverdueEvents(id));

        police.Clock.SetTo(due.AddMinutes(1));
        await ScanAsync();
        await ScanAsync();
        Assert.Equal(1, await OverdueEvents(id));
        Assert.True(breaches.Sum("police-recommendation") >= 1, "the breach is counted in the deadlines.breached metric");
        var overdue = await police.WaitFor<RecommendationReplyOverdue>(m => m.RecommendationId == id, "overdue published");
        Assert.Equal(child, overdue.ChildId);
        var overdueList = await (await officer.GetAsync("/api/police/instruments/overdue")).Json();
        Assert.Contains(overdueList.EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);

        var current = await officer.GetAsync($"/api/police/recommendations/{id}");
        var today = DateOnly.FromDateTime(police.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd");
        var reply = await officer.SendAsync(HttpMethod.Post, $"/api/police/recommendations/{id}/reply",
            new { reply = "已完成整改，建立入住登记核查制度。", repliedOn = today }, current.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var replied = await reply.Json();
        Assert.Equal("replied", replied.GetProperty("status").GetString());
        Assert.True(replied.GetProperty("late").GetBoolean());
        // Answered (late): no longer among the instruments whose deadline passed unanswered.
        overdueList = await (await officer.GetAsync("/api/police/instruments/overdue")).Json();
        Assert.DoesNotContain(overdueList.EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);

        var twice = await officer.SendAsync(HttpMethod.Post, $"/api/police/recommendations/{id}/reply",
            new { reply = "again", repliedOn = today }, reply.Headers.ETag!.Tag);
        Assert.Equal("already-replied", (await twice.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
        police.Clock.Advance(TimeSpan.FromDays(40));
        await ScanAsync();
        Assert.Equal(1, await OverdueEvents(id));
    }

    [Fact]
    public async Task A_recommendation_answered_in_time_never_goes_overdue()
    {
        var officer = police.Officer();
        var (caseId, _) = await officer.OpenCaseAsync(childId: police.RegisteredChild());
        var issued = await officer.PostAsJsonAsync($"/api/police/cases/{caseId}/recommendations", new
        {
            unit = "某小学", failings = new[] { "failed-to-report" }, text = "建议建立强制报告工作机制。",
        });
        var id = (await issued.Json()).GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(police.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd");
        var reply = await officer.SendAsync(HttpMethod.Post, $"/api/police/recommendations/{id}/reply",
            new { reply = "已建立机制。", repliedOn = today }, issued.Headers.ETag!.Tag);
        Assert.False((await reply.Json()).GetProperty("late").GetBoolean());

        police.Clock.Advance(TimeSpan.FromDays(62));
        await ScanAsync();
        Assert.Equal(0, await OverdueEvents(id));
    }
}

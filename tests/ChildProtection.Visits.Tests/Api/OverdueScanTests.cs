using System.Net;
using ChildProtection.Visits.Overdue;
using Microsoft.Extensions.DependencyInjection;
using Out = ChildProtection.Contracts.Visits;
using Registry = ChildProtection.Contracts.Registry;

namespace ChildProtection.Visits.Tests.Api;

/// <summary>The overdue scanner on the service's clock: once per missed date, again on escalation, published.</summary>
public class OverdueScanTests(VisitsFactory visits) : IClassFixture<VisitsFactory>
{
    private const string Village = "210502100201"; // Benxi: monthly home visits, no separate contact

    private Task<long> OverdueOf(Guid id, string level) => visits.Database.ScalarAsync(
        $"SELECT count(*) FROM visits.mt_events WHERE stream_id = '{id}' AND type = 'visits.visit-overdue.v1' AND data->>'level' = '{level}'");

    [Fact]
    public async Task A_missed_monthly_home_visit_is_emitted_once_then_escalated_once_as_the_clock_moves()
    {
        await using var published = await Published.StartAsync(visits.VirtualHost);
        var id = await visits.ChildInScopeAsync(Village);
        var dueOn = visits.Today.AddMonths(1);
        var scanner = visits.Services.GetRequiredService<OverdueScanner>();

        await scanner.RunAsync(default);
        Assert.Equal(0, await OverdueOf(id, "overdue"));

        visits.Clock.Advance(TimeSpan.FromDays(33));
        await scanner.RunAsync(default);
        await scanner.RunAsync(default);
        Assert.Equal(1, await OverdueOf(id, "overdue"));
        Assert.Equal(0, await OverdueOf(id, "escalated"));
        var notice = await published.SingleAsync<Out.VisitOverdue>(o => o.ChildId == id && o.Level == "overdue", "VisitOverdue published");
        Assert.Equal(("home-visit", dueOn, Village), (notice.Duty, notice.DueOn, notice.RegionCode));

        var director = visits.Director(Village);
        var due = await (await director.GetAsync($"/api/visits/due?region={Village}&overdueOnly=true")).Json();
        Assert.Contains(due.GetProperty("items").EnumerateArray(), i => i.GetProperty("childId").GetGuid() == id && i.GetProperty("overdue").GetBoolean());

        visits.Clock.Advance(TimeSpan.FromDays(30));
        await scanner.RunAsync(default);
        await scanner.RunAsync(default);
        Assert.Equal(1, await OverdueOf(id, "overdue"));
        Assert.Equal(1, await OverdueOf(id, "escalated"));
        await published.SingleAsync<Out.VisitOverdue>(o => o.ChildId == id && o.Level == "escalated", "the escalation published");

        // The visit is made: the next due date is a month later and nothing is overdue for it.
        var visited = await director.RecordAsync(id, VisitsApi.HomeVisit(visits.Clock.GetUtcNow().AddHours(-1)));
        Assert.Equal(HttpStatusCode.Created, visited.StatusCode);
        await scanner.RunAsync(default);
        Assert.Equal(1, await OverdueOf(id, "overdue"));
    }

    [Fact]
    public async Task A_risk_flagged_long_after_the_plan_opened_raises_no_overdue_for_a_monthly_visit_nobody_owed_then()
    {
        const string tianjin = "120101001001";
        var id = await visits.ChildInScopeAsync(tianjin);
        visits.Clock.Advance(TimeSpan.FromDays(50));
        var flaggedOn = visits.Today;
        await visits.PublishAsync(new Registry.ChildRiskFactorFlagged(id, "child-disability", new DateOnly(2016, 1, 1), visits.Clock.GetUtcNow()));
        var plan = await visits.PlanAsync(id, tianjin, p => p.GetProperty("riskCadence").GetBoolean());

        await visits.Services.GetRequiredService<OverdueScanner>().RunAsync(default);

        Assert.Equal(0, await visits.Database.ScalarAsync(
            $"SELECT count(*) FROM visits.mt_events WHERE stream_id = '{id}' AND type = 'visits.visit-overdue.v1' AND data->>'duty' = 'home-visit'"));
        Assert.Equal(flaggedOn.AddMonths(1).ToString("yyyy-MM-dd"), plan.DueOn("home-visit"));
    }

    [Fact]
    public async Task Only_an_operator_may_run_the_scan_over_HTTP()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await visits.Caseworker("2105").PostAsync("/api/visits/operations/overdue-scan", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visits.Operator().PostAsync("/api/visits/operations/overdue-scan", null)).StatusCode);
    }
}

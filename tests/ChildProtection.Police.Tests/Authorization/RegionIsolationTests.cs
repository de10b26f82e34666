using System.Net;
using System.Net.Http.Json;
using ChildProtection.Contracts.Court;
using ChildProtection.Police.Tests.Cases;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;
using ChildProtection.Testing.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Police.Tests.Authorization;

/// <summary>
/// An officer of one district never sees another district's cases or instruments: every GET endpoint of
/// authorization.json is named here with the test that proves it, or exempt with the reason.
/// </summary>
[Collection(PoliceCollection.Name)]
public class RegionIsolationTests(PoliceFactory police)
{
    private const string VillageB = "210521100201";

    public static readonly IReadOnlyDictionary<string, string> Covered = new Dictionary<string, string>
    {
        ["GET /api/police/cases/"] = nameof(CasesApiTests.An_officer_of_another_district_neither_sees_nor_lists_nor_changes_the_case),
        ["GET /api/police/cases/{id:guid}"] = nameof(CasesApiTests.An_officer_of_another_district_neither_sees_nor_lists_nor_changes_the_case),
        ["GET /api/police/cases/{id:guid}/instruments"] = nameof(Another_districts_instruments_are_404),
        ["GET /api/police/admonitions/{id:guid}"] = nameof(Another_districts_instruments_are_404),
        ["GET /api/police/guidance-orders/{id:guid}"] = nameof(Another_districts_instruments_are_404),
        ["GET /api/police/domestic-violence-warnings/{id:guid}"] = nameof(Another_districts_instruments_are_404),
        ["GET /api/police/emergency-placements/{id:guid}"] = nameof(Another_districts_instruments_are_404),
        ["GET /api/police/recommendations/{id:guid}"] = nameof(Another_districts_instruments_are_404),
        ["GET /api/police/instruments/overdue"] = nameof(Another_districts_overdue_recommendation_is_not_listed),
        ["GET /api/police/protection-orders"] = nameof(Another_districts_protection_orders_are_not_listed),
    };

    private string Day(int offset) => DateOnly.FromDateTime(police.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(offset).ToString("yyyy-MM-dd");

    [Fact]
    public void Every_get_endpoint_has_a_region_isolation_test() =>
        RegionIsolationGuard.AssertCovered(police.Services.GetRequiredService<AuthorizationMatrix>(), Covered.Keys);

    [Fact]
    public async Task Another_districts_instruments_are_404()
    {
        var benxi = police.Officer("210521");
        var (caseId, _) = await benxi.OpenCaseAsync(VillageB, police.RegisteredChild());
        var admonition = await CreatedAsync(await benxi.AdmonishAsync(caseId));
        var instruments = new Dictionary<string, Guid>
        {
            ["admonitions"] = admonition,
            ["guidance-orders"] = await CreatedAsync(await benxi.PostAsJsonAsync($"/api/police/cases/{caseId}/guidance-orders", new
            {
                admonitionId = admonition, guardian = new { name = "张大山", relationship = "father" }, provider = "本溪县家庭教育指导服务中心", sessions = 4, dueOn = Day(60),
            })),
            ["domestic-violence-warnings"] = await CreatedAsync(await benxi.PostAsJsonAsync($"/api/police/cases/{caseId}/domestic-violence-warnings", new
            {
                abuser = new { name = "刘强", relationship = "step-parent" }, facts = "多次推搡儿童，情节轻微。",
                servedOnAbuserOn = Day(0), servedOnVictimOn = Day(0), villageCommittee = "某村村民委员会", villageCommitteeNotifiedOn = Day(0),
                followUpVisitDates = new[] { Day(7) },
            })),
            ["emergency-placements"] = await CreatedAsync(await benxi.PostAsJsonAsync($"/api/police/cases/{caseId}/emergency-placements", new
            {
                grounds = new[] { "without-care" }, civilAffairsUnit = "本溪县民政局", whereabouts = "派出所值班室",
            })),
            ["recommendations"] = await CreatedAsync(await benxi.PostAsJsonAsync($"/api/police/cases/{caseId}/recommendations", new
            {
                unit = "某宾馆", failings = new[] { "failed-to-report" }, text = "建议依法报告。",
            })),
        };

        var binhai = police.Officer("120116");
        foreach (var (kind, id) in instruments)
        {
            Assert.Equal(HttpStatusCode.OK, (await benxi.GetAsync($"/api/police/{kind}/{id}")).StatusCode);
            await (await binhai.GetAsync($"/api/police/{kind}/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        }
        Assert.Equal(5, (await (await benxi.GetAsync($"/api/police/cases/{caseId}/instruments")).Json()).GetArrayLength());
        await (await binhai.GetAsync($"/api/police/cases/{caseId}/instruments")).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
    }

    [Fact]
    public async Task Another_districts_overdue_recommendation_is_not_listed()
    {
        var benxi = police.Officer("210521");
        var (caseId, _) = await benxi.OpenCaseAsync(VillageB, police.RegisteredChild());
        var id = await CreatedAsync(await benxi.PostAsJsonAsync($"/api/police/cases/{caseId}/recommendations", new
        {
            unit = "某网吧", failings = new[] { "failed-to-report" }, text = "建议依法报告。",
        }));
        police.Clock.Advance(TimeSpan.FromDays(40));
        Assert.Equal(HttpStatusCode.OK, (await police.Operator().PostAsync("/api/police/operations/deadline-scan", null)).StatusCode);

        Assert.Contains((await (await benxi.GetAsync("/api/police/instruments/overdue")).Json()).EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain((await (await police.Officer("120116").GetAsync("/api/police/instruments/overdue")).Json()).EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Another_districts_protection_orders_are_not_listed()
    {
        var today = DateOnly.Parse(Day(0));
        var (mine, theirs) = (Guid.NewGuid(), Guid.NewGuid());
        await police.Bus.Publish(new ProtectionOrderServed(theirs, Guid.NewGuid(), VillageB, ["police"], ["no-contact"], today, today.AddMonths(6), police.Clock.GetUtcNow()));
        await police.Bus.Publish(new ProtectionOrderServed(mine, Guid.NewGuid(), "120116100201", ["police"], ["no-contact"], today, today.AddMonths(6), police.Clock.GetUtcNow()));

        var binhai = police.Officer("120116");
        var benxi = police.Officer("210521");
        await Eventually.TrueAsync(async () => (await OrdersAsync(benxi)).Contains(theirs), TimeSpan.FromSeconds(30), "Benxi enforces its order");
        await Eventually.TrueAsync(async () => (await OrdersAsync(binhai)).Contains(mine), TimeSpan.FromSeconds(30), "Binhai enforces its order");
        Assert.DoesNotContain(theirs, await OrdersAsync(binhai));
        Assert.DoesNotContain(mine, await OrdersAsync(benxi));
        await (await binhai.GetAsync("/api/police/protection-orders?region=2105")).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
    }

    private static async Task<List<Guid>> OrdersAsync(HttpClient officer) =>
        [.. (await (await officer.GetAsync("/api/police/protection-orders")).Json()).GetProperty("items").EnumerateArray().Select(o => o.GetProperty("orderId").GetGuid())];

    private static async Task<Guid> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Json()).GetProperty("id").GetGuid();
    }
}

using System.Net;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;
using ChildProtection.Testing.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Court.Tests.Authorization;

/// <summary>
/// A court of one region never sees another region's proceedings: every GET endpoint of authorization.json is
/// named here with the test that proves it, or exempt with the reason.
/// </summary>
public class RegionIsolationTests(CourtFactory court) : IClassFixture<CourtFactory>
{
    private const string VillageA = "120116001001";
    private const string VillageB = "210521100201";

    public static readonly IReadOnlyDictionary<string, string> Covered = new Dictionary<string, string>
    {
        ["GET /api/court/protection-orders/{id:guid}"] = nameof(Another_regions_proceedings_are_404_and_never_listed),
        ["GET /api/court/revocation-petitions/{id:guid}"] = nameof(Another_regions_proceedings_are_404_and_never_listed),
        ["GET /api/court/revocation-duties/{id:guid}"] = nameof(Another_regions_proceedings_are_404_and_never_listed),
        ["GET /api/court/guidance-orders/{id:guid}"] = nameof(Another_regions_proceedings_are_404_and_never_listed),
        ["GET /api/court/judicial-recommendations/{id:guid}"] = nameof(Another_regions_proceedings_are_404_and_never_listed),
        ["GET /api/court/proceedings"] = nameof(Another_regions_proceedings_are_404_and_never_listed),
        ["GET /api/court/president/overdue-decisions"] = nameof(The_presidents_overdue_list_holds_only_the_callers_region),
    };

    private static object Application(string region) => new
    {
        childId = Guid.NewGuid(), regionCode = region, form = "oral", respondentRelation = "father", respondentName = "张某",
        requestedMeasures = new[] { "no-violence" }, facts = "父亲多次殴打孩子", urgent = false,
    };

    [Fact]
    public void Every_get_endpoint_has_a_region_isolation_test() =>
        RegionIsolationGuard.AssertCovered(court.Services.GetRequiredService<AuthorizationMatrix>(), Covered.Keys);

    [Fact]
    public async Task Another_regions_proceedings_are_404_and_never_listed()
    {
        var judgeB = court.Judge("210521");
        var records = new Dictionary<string, Guid>
        {
            ["protection-orders"] = (await court.CivilAffairs("210521").CreateAsync("/api/court/protection-orders", Application(VillageB))).Id,
            ["revocation-petitions"] = (await court.CivilAffairs("210521").CreateAsync("/api/court/revocation-petitions", new
            {
                childId = Guid.NewGuid(), regionCode = VillageB, respondents = new[] { "father" }, grounds = new[] { "serious-harm-to-body-or-mind" }, facts = "父亲长期虐待",
            })).Id,
            ["revocation-duties"] = (await judgeB.CreateAsync("/api/court/revocation-duties", new
            {
                childId = Guid.NewGuid(), regionCode = VillageB, grounds = new[] { "neglect-leaving-child-in-danger" }, source = "protection-order",
            })).Id,
            ["guidance-orders"] = (await judgeB.CreateAsync("/api/court/guidance-orders", new { childId = Guid.NewGuid(), regionCode = VillageB, basis = "failed-after-guidance" })).Id,
            ["judicial-recommendations"] = (await judgeB.CreateAsync("/api/court/judicial-recommendations",
                new { childId = Guid.NewGuid(), regionCode = VillageB, unit = "某某小学", content = "落实强制报告制度" })).Id,
        };
        var mine = (await court.CivilAffairs().CreateAsync("/api/court/protection-orders", Application(VillageA))).Id;

        var judgeA = court.Judge("120116");
        foreach (var (kind, id) in records)
        {
            Assert.Equal(HttpStatusCode.OK, (await judgeB.GetAsync($"/api/court/{kind}/{id}")).StatusCode);
            await (await judgeA.GetAsync($"/api/court/{kind}/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        }
        var listed = await (await judgeA.GetAsync("/api/court/proceedings")).Content.ReadAsStringAsync();
        Assert.Contains(mine.ToString(), listed, StringComparison.Ordinal);
        Assert.All(records.Values, id => Assert.DoesNotContain(id.ToString(), listed, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_presidents_overdue_list_holds_only_the_callers_region()
    {
        var mine = (await court.CivilAffairs().CreateAsync("/api/court/protection-orders", Application(VillageA))).Id;
        var theirs = (await court.CivilAffairs("210521").CreateAsync("/api/court/protection-orders", Application(VillageB))).Id;
        court.Clock.Advance(TimeSpan.FromHours(90));
        await court.ScanDeadlinesAsync();
        await court.ScanDeadlinesAsync();

        var theirList = await (await court.Judge("210521").GetAsync("/api/court/president/overdue-decisions")).Content.ReadAsStringAsync();
        Assert.Contains(theirs.ToString(), theirList, StringComparison.Ordinal);
        var ourList = await (await court.Judge("120116").GetAsync("/api/court/president/overdue-decisions")).Content.ReadAsStringAsync();
        Assert.Contains(mine.ToString(), ourList, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.ToString(), ourList, StringComparison.Ordinal);
    }
}

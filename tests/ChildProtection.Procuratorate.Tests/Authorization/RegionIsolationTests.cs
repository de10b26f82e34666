using System.Net;
using ChildProtection.Procuratorate.Tests.Api;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;
using ChildProtection.Testing.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Procuratorate.Tests.Authorization;

/// <summary>
/// A prosecutor of one region never sees another region's cases or instruments: every GET endpoint of
/// authorization.json is named here with the test that proves it, or exempt with the reason.
/// </summary>
public class RegionIsolationTests(ProcuratorateFactory service) : IClassFixture<ProcuratorateFactory>
{
    public static readonly IReadOnlyDictionary<string, string> Covered = new Dictionary<string, string>
    {
        ["GET /api/procuratorate/cases"] = nameof(CaseApiTests.The_case_list_shows_the_callers_region_only_and_no_summaries),
        ["GET /api/procuratorate/cases/{id:guid}"] = nameof(Another_regions_case_and_instruments_are_404),
        ["GET /api/procuratorate/supervision-orders/{id:guid}"] = nameof(Another_regions_case_and_instruments_are_404),
        ["GET /api/procuratorate/recommendations/{id:guid}"] = nameof(Another_regions_case_and_instruments_are_404),
        ["GET /api/procuratorate/lawsuits/{id:guid}"] = nameof(Another_regions_case_and_instruments_are_404),
        ["GET /api/procuratorate/public-interest/{id:guid}"] = nameof(Another_regions_case_and_instruments_are_404),
    };

    [Fact]
    public void Every_get_endpoint_has_a_region_isolation_test() =>
        RegionIsolationGuard.AssertCovered(service.Services.GetRequiredService<AuthorizationMatrix>(), Covered.Keys);

    [Fact]
    public async Task Another_regions_case_and_instruments_are_404()
    {
        var benxi = service.Prosecutor("210521");
        var caseId = await benxi.OpenCaseAsync(Guid.NewGuid(), "210521100201");
        var instruments = new Dictionary<string, Guid>
        {
            ["supervision-orders"] = (await benxi.CreateAsync($"/api/procuratorate/cases/{caseId}/supervision-orders",
                new { guardians = new[] { "赵某" }, content = "履行监护职责" })).Id,
            ["recommendations"] = (await benxi.CreateAsync($"/api/procuratorate/cases/{caseId}/recommendations",
                new { unit = "某某中学", content = "落实强制报告制度", urgent = false })).Id,
            ["lawsuits"] = (await benxi.CreateAsync($"/api/procuratorate/cases/{caseId}/lawsuits",
                new { mode = "support", supportedParty = "civil-affairs", claim = "revoke-guardianship", grounds = "监护人严重侵害被监护人合法权益" })).Id,
            ["public-interest"] = (await benxi.CreateAsync($"/api/procuratorate/cases/{caseId}/public-interest",
                new { kind = "civil", respondent = "某某游戏公司", content = "向未成年人提供网络游戏服务" })).Id,
        };

        var binhai = service.Prosecutor("120116");
        Assert.Equal(HttpStatusCode.OK, (await benxi.GetAsync($"/api/procuratorate/cases/{caseId}")).StatusCode);
        await (await binhai.GetAsync($"/api/procuratorate/cases/{caseId}")).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        foreach (var (kind, id) in instruments)
        {
            Assert.Equal(HttpStatusCode.OK, (await benxi.GetAsync($"/api/procuratorate/{kind}/{id}")).StatusCode);
            await (await binhai.GetAsync($"/api/procuratorate/{kind}/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        }
        Assert.DoesNotContain(caseId.ToString(), await (await binhai.GetAsync("/api/procuratorate/cases?status=open")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

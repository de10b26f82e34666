using System.Net;
using System.Text.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;
using ChildProtection.Testing.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Registry = ChildProtection.Contracts.Registry;

namespace ChildProtection.Relief.Tests.Authorization;

/// <summary>
/// Civil affairs of one region never sees another region's relief records: every GET endpoint of authorization.json
/// is named here with the test that proves it, or exempt with the reason.
/// </summary>
public class RegionIsolationTests(ReliefFactory relief) : IClassFixture<ReliefFactory>
{
    public static readonly IReadOnlyDictionary<string, string> Covered = new Dictionary<string, string>
    {
        ["GET /api/relief/children/{childId:guid}"] = nameof(Another_regions_relief_record_and_ledger_are_404_and_not_in_the_coverage_view),
        ["GET /api/relief/children/{childId:guid}/ledger"] = nameof(Another_regions_relief_record_and_ledger_are_404_and_not_in_the_coverage_view),
        ["GET /api/relief/coverage"] = nameof(Another_regions_relief_record_and_ledger_are_404_and_not_in_the_coverage_view),
    };

    [Fact]
    public void Every_get_endpoint_has_a_region_isolation_test() =>
        RegionIsolationGuard.AssertCovered(relief.Services.GetRequiredService<AuthorizationMatrix>(), Covered.Keys);

    [Fact]
    public async Task Another_regions_relief_record_and_ledger_are_404_and_not_in_the_coverage_view()
    {
        var mine = await UnsupportedChildAsync("120116100201");
        var theirs = await UnsupportedChildAsync("210521100201");
        var binhai = relief.Caseworker("120116");
        var benxi = relief.Caseworker("210521");
        await Eventually.TrueAsync(async () => (await binhai.GetAsync($"/api/relief/children/{mine}")).StatusCode == HttpStatusCode.OK
            && (await benxi.GetAsync($"/api/relief/children/{theirs}")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "Relief follows the registry");

        await (await binhai.GetAsync($"/api/relief/children/{theirs}")).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await benxi.GetAsync($"/api/relief/children/{theirs}/ledger")).StatusCode);
        await (await binhai.GetAsync($"/api/relief/children/{theirs}/ledger")).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);

        var coverage = "";
        await Eventually.TrueAsync(async () =>
        {
            coverage = (await Json(await binhai.GetAsync("/api/relief/coverage?county=120116"))).GetRawText();
            return coverage.Contains(mine.ToString(), StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(30), "the county's own child is in its coverage view");
        Assert.DoesNotContain(theirs.ToString(), coverage, StringComparison.Ordinal);
        await (await binhai.GetAsync("/api/relief/coverage?county=210521")).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
    }

    private async Task<Guid> UnsupportedChildAsync(string village)
    {
        var id = Guid.NewGuid();
        var now = relief.Clock.GetUtcNow();
        await relief.PublishAsync(new Registry.ChildRegistered(id, village, "male", new DateOnly(2014, 4, 2), "rural", now));
        await relief.PublishAsync(new Registry.ChildCategoryEntered(id, "de-facto-unsupported",
            ["father imprisoned since 2025-01-01 until 2028-01-01, 6 months or more", "mother: lost contact, 6 months or more"], relief.Today, now));
        return id;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}

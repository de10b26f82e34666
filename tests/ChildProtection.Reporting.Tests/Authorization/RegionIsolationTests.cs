using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Reporting.Tests.Authorization;

/// <summary>
/// A caller of one region never sees another region's reports: every GET endpoint of authorization.json is named
/// here with the test that proves it (in this class or where the feature is tested), or exempt with the reason.
/// </summary>
public class RegionIsolationTests(ReportingFactory service) : IClassFixture<ReportingFactory>
{
    public static readonly IReadOnlyDictionary<string, string> Covered = new Dictionary<string, string>
    {
        ["GET /api/reporting/reports/inbox"] = nameof(HandlingTests.Inboxes_are_scoped_to_the_callers_department_and_region),
        ["GET /api/reporting/reports/{reportId:guid}"] = nameof(HandlingTests.Inboxes_are_scoped_to_the_callers_department_and_region),
        ["GET /api/reporting/reports/failures-to-report"] = nameof(ConsumerTests.A_police_case_about_a_child_nobody_reported_is_recorded_as_a_failure_to_report),
        ["GET /api/reporting/reports/sla"] = nameof(The_sla_view_counts_only_the_callers_region),
    };

    public static readonly IReadOnlyDictionary<string, string> Exempt = new Dictionary<string, string>
    {
        ["GET /api/reporting/reports/receipts/{number}"] = "the reporter's receipt, opened by its number and secret (a wrong one is 404); status and fed-back outcomes only, no child",
    };

    [Fact]
    public void Every_get_endpoint_has_a_region_isolation_test() =>
        RegionIsolationGuard.AssertCovered(service.Services.GetRequiredService<AuthorizationMatrix>(), Covered.Keys, Exempt);

    [Fact]
    public async Task The_sla_view_counts_only_the_callers_region()
    {
        await service.School("120116").FileAsync(ReportsClient.Body(service.Directory.Register("120116102305"), ["private-parts-injury"]));
        await service.School("210521").FileAsync(ReportsClient.Body(service.Directory.Register("210521100201"), ["private-parts-injury"]));
        await service.School("210521").FileAsync(ReportsClient.Body(service.Directory.Register("210521100202"), ["private-parts-injury"]));

        Assert.Equal(1, await RoutedToPoliceAsync("120116", null));
        Assert.Equal(2, await RoutedToPoliceAsync("210521", null));
        Assert.Equal(0, await RoutedToPoliceAsync("120116", "2105"));
    }

    private async Task<long> RoutedToPoliceAsync(string region, string? requested)
    {
        var path = $"{ReportsClient.Base}/sla" + (requested is null ? "" : $"?region={requested}");
        var sla = await service.Police(region).GetFromJsonAsync<JsonElement>(path);
        return sla.GetProperty("departments").EnumerateArray()
            .Where(d => d.GetProperty("department").GetString() == "police")
            .Sum(d => d.GetProperty("routed").GetInt64());
    }
}

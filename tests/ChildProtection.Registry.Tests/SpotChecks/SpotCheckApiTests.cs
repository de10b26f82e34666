using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Registry.Tests.SpotChecks;

/// <summary>The county's yearly spot check of files: a reproducible sample, a checklist per file, completeness.</summary>
public class SpotCheckApiTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private const string County = "210502";
    private readonly HttpClient _county = registry.Caseworker(County);

    private async Task<List<Guid>> LeftBehindChildrenAsync(int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var (id, etag) = await _county.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName("张"), "2016-01-0" + (1 + i % 9), County + "100201"));
            (etag, _) = await _county.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{id}/parents/father", new { situation = "working-away", since = "2023-01-01" }, etag);
            await _county.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{id}/parents/mother", new { situation = "working-away", since = "2023-01-01" }, etag);
            ids.Add(id);
        }
        return ids;
    }

    [Fact]
    public async Task The_sample_is_reproducible_drawn_once_a_year_and_the_report_counts_complete_and_missing()
    {
        var children = await LeftBehindChildrenAsync(8);
        var year = registry.Today.Year;

        var drawn = await _county.PostAsJsonAsync("/api/registry/spot-checks", new { countyCode = County, year, sampleSize = 3, seed = "audit-2025" });
        Assert.Equal(HttpStatusCode.Created, drawn.StatusCode);
        var body = await drawn.Json();
        var sample = body.GetProperty("sample").EnumerateArray().Select(e => e.GetGuid()).ToList();
        var expected = children.OrderBy(id => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes("audit-2025" + id))), StringComparer.Ordinal).Take(3);
        Assert.Equal(expected, sample);
        Assert.Equal(8, body.GetProperty("population").GetInt32());

        var again = await _county.PostAsJsonAsync("/api/registry/spot-checks", new { countyCode = County, year, sampleSize = 3 });
        await again.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected);

        var checkId = body.GetProperty("id").GetGuid();
        var etag = drawn.Headers.ETag!.Tag;
        (etag, _) = await PutAsync(checkId, sample[0], new { complete = true }, etag);
        (etag, _) = await PutAsync(checkId, sample[1], new { complete = false, missing = new[] { "visit-records", "care-agreement" }, notes = "no visit since spring" }, etag);
        var outsider = children.Except(sample).First();
        var refused = await _county.SendAsync(HttpMethod.Put, $"/api/registry/spot-checks/{checkId}/files/{outsider}", new { complete = true }, etag);
        await refused.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected);
        var bad = await _county.SendAsync(HttpMethod.Put, $"/api/registry/spot-checks/{checkId}/files/{sample[2]}", new { complete = false, missing = new[] { "tidiness" } }, etag);
        await bad.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);

        var report = await (await _county.GetAsync($"/api/registry/spot-checks/{checkId}")).Json();
        Assert.Equal(3, report.GetProperty("sampleSize").GetInt32());
        Assert.Equal(2, report.GetProperty("checked").GetInt32());
        Assert.Equal(50.0, report.GetProperty("completenessRate").GetDouble());
        Assert.Equal(1, report.GetProperty("missingByItem").GetProperty("care-agreement").GetInt32());
        Assert.Equal(3, report.GetProperty("filesMissingVisits").GetInt32()); // no visit is filed for any of them
    }

    [Fact]
    public async Task A_county_outside_the_callers_jurisdiction_or_a_bad_year_is_refused_and_nothing_is_drawn()
    {
        var other = await _county.PostAsJsonAsync("/api/registry/spot-checks", new { countyCode = "120116", year = 2025 });
        await other.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        var future = await _county.PostAsJsonAsync("/api/registry/spot-checks", new { countyCode = County, year = 2999 });
        await future.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
    }

    private async Task<(string ETag, HttpResponseMessage Response)> PutAsync(Guid check, Guid child, object body, string etag)
    {
        var response = await _county.SendAsync(HttpMethod.Put, $"/api/registry/spot-checks/{check}/files/{child}", body, etag);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
        return (response.Headers.ETag!.Tag, response);
    }
}

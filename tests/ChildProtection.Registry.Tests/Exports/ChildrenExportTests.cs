using System.Net;
using ChildProtection.Registry.Exports;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Registry.Tests.Exports;

/// <summary>The CSV export for the national child welfare information system: columns, escaping, masking, region, category, audit.</summary>
public class ChildrenExportTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private readonly HttpClient _benxi = registry.Caseworker("2105");
    private static int _villages;
    private DateOnly Today => DateOnly.FromDateTime(registry.Clock.GetUtcNow().UtcDateTime);

    /// <summary>A village of its own per test, so each export sees only that test's children.</summary>
    private static string NewVillage() => "2105211001" + (Interlocked.Increment(ref _villages) % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(List<string> Header, List<Dictionary<string, string>> Rows, byte[] Bytes)> ExportAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/registry/exports/children.csv?" + query);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var rows = CsvClient.Parse(System.Text.Encoding.UTF8.GetString(bytes.AsSpan(3)));
        return (rows[0], [.. rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second))], bytes);
    }

    private async Task<Guid> LeftBehindAsync(string village, string name, string? nationalId = null)
    {
        var (id, etag) = await _benxi.RegisterAsync(RegistryClient.Child(name, Today.AddYears(-9).Iso(), village, nationalId: nationalId));
        foreach (var parent in new[] { "father", "mother" })
            (etag, _) = await _benxi.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{id}/parents/{parent}",
                new { situation = "working-away", since = Today.AddYears(-1).Iso() }, etag);
        await _benxi.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{id}/carer",
            new { name = "王秀英", relation = "maternal-grandparent", agreement = new { signed = true, signedOn = Today.AddMonths(-6).Iso() }, since = Today.AddYears(-1).Iso() }, etag);
        return id;
    }

    [Fact]
    public async Task The_file_is_utf8_with_a_bom_and_has_the_documented_columns_with_each_category_since_date()
    {
        var village = NewVillage();
        var id = await LeftBehindAsync(village, RegistryClient.UniqueName());

        var (header, rows, bytes) = await ExportAsync(_benxi, "region=" + village);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(ChildrenExport.Header, header);
        var row = Assert.Single(rows);
        Assert.Equal(id.ToString(), row["childId"]);
        Assert.Equal("rural-left-behind", row["categories"]);
        Assert.Equal(Today.AddYears(-1).Iso(), row["ruralLeftBehindSince"]);
        Assert.Equal("", row["orphanSince"]);
        Assert.Equal(("parental", "maternal-grandparent", "true", village), (row["guardianshipStatus"], row["carerRelation"], row["careAgreementSigned"], row["villageCode"]));
    }

    [Fact]
    public async Task Names_with_commas_quotes_line_breaks_or_a_formula_are_escaped()
    {
        var village = NewVillage();
        await _benxi.RegisterAsync(RegistryClient.Child("王\"小,明\n二", Today.AddYears(-7).Iso(), village));
        await _benxi.RegisterAsync(RegistryClient.Child("=1+2", Today.AddYears(-8).Iso(), village));

        var (_, rows, bytes) = await ExportAsync(_benxi, "region=" + village);

        Assert.Contains("\"王\"\"小,明\n二\"", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(["'=1+2", "王\"小,明\n二"], rows.Select(r => r["name"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_id_number_is_masked_unless_a_role_that_needs_it_asks_and_other_departments_see_masked_names()
    {
        var village = NewVillage();
        var name = RegistryClient.UniqueName();
        var number = CsvClient.UniqueNationalId(Today.AddYears(-9), male: true);
        await _benxi.RegisterAsync(RegistryClient.Child(name, Today.AddYears(-9).Iso(), village, nationalId: number));

        var masked = Assert.Single((await ExportAsync(_benxi, "region=" + village)).Rows);
        Assert.Equal("2105**********" + number[14..], masked["nationalId"]);
        Assert.Equal(name, masked["name"]);
        var revealed = Assert.Single((await ExportAsync(_benxi, $"region={village}&reveal=nationalId")).Rows);
        Assert.Equal(number, revealed["nationalId"]);

        var education = registry.ClientAs("education", "teacher", "2105");
        var seen = Assert.Single((await ExportAsync(education, "region=" + village)).Rows);
        Assert.Contains('*', seen["name"]);
        Assert.Contains('*', seen["nationalId"]);
        var refused = await education.GetAsync($"/api/registry/exports/children.csv?region={village}&reveal=nationalId");
        await refused.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
    }

    [Fact]
    public async Task The_export_holds_only_the_callers_region_and_the_requested_category()
    {
        var village = NewVillage();
        var leftBehind = await LeftBehindAsync(village, RegistryClient.UniqueName());
        var other = (await _benxi.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName(), Today.AddYears(-5).Iso(), village))).Id;
        var tianjin = registry.Caseworker("120116");
        var tianjinChild = (await tianjin.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName(), Today.AddYears(-5).Iso(), "120116100201"))).Id;

        var all = (await ExportAsync(_benxi, "region=21")).Rows.Select(r => r["childId"]).ToList();
        Assert.Contains(leftBehind.ToString(), all);
        Assert.Contains(other.ToString(), all);
        Assert.DoesNotContain(tianjinChild.ToString(), all);
        Assert.DoesNotContain((await ExportAsync(_benxi, "")).Rows, r => r["childId"] == tianjinChild.ToString());

        var category = (await ExportAsync(_benxi, $"region={village}&category=rural-left-behind")).Rows;
        Assert.Equal([leftBehind.ToString()], category.Select(r => r["childId"]));

        var elsewhere = await _benxi.GetAsync("/api/registry/exports/children.csv?region=12");
        await elsewhere.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        var badCategory = await _benxi.GetAsync("/api/registry/exports/children.csv?category=poor");
        await badCategory.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
    }

    [Fact]
    public async Task Each_export_writes_one_audit_record_with_the_count()
    {
        var village = NewVillage();
        await _benxi.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName(), Today.AddYears(-5).Iso(), village));
        await _benxi.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName(), Today.AddYears(-6).Iso(), village));

        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/registry/exports/children.csv?region={village}");
        request.Headers.Add("X-Access-Purpose", "annual report to the national system");
        Assert.Equal(HttpStatusCode.OK, (await _benxi.SendAsync(request)).StatusCode);

        var record = await registry.Database.ScalarTextAsync(
            $"SELECT concat_ws('|', department, detail, purpose) FROM audit.entries WHERE action = 'GET /api/registry/exports/children.csv' AND detail LIKE 'region={village};%'");
        Assert.Equal($"civil-affairs|region={village};category=;nationalId=masked;count=2|annual report to the national system", record);
    }
}

using System.Net;
using System.Text.Json;

namespace ChildProtection.Registry.Tests.Surveys;

/// <summary>The annual full survey (摸底排查, Liaoning) uploaded as CSV: per-row outcomes, only good rows stored, idempotent on re-upload.</summary>
public class SurveyImportTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private const string Path = "/api/registry/surveys";
    private readonly HttpClient _benxi = registry.Caseworker("2105");
    private SurveyFile File => new(DateOnly.FromDateTime(registry.Clock.GetUtcNow().UtcDateTime));

    private async Task<JsonElement> UploadAsync(string csv, bool dryRun = false)
    {
        var response = await _benxi.PostCsvAsync(dryRun ? Path + "?dryRun=true" : Path, csv);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Json();
    }

    private static JsonElement Row(JsonElement report, int row) =>
        report.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("row").GetInt32() == row);

    private static string Outcome(JsonElement report, int row) => Row(report, row).GetProperty("outcome").GetString()!;

    private Task<long> EventsAsync() => registry.Database.ScalarAsync("SELECT count(*) FROM registry.mt_events");

    private Task<long> ChildrenNamedAsync(params string?[] names) =>
        registry.Database.ScalarAsync($"SELECT count(*) FROM registry.children WHERE name IN ({string.Join(',', names.Select(n => $"'{n}'"))})");

    [Fact]
    public async Task Good_rows_are_stored_with_categories_and_bad_rows_are_reported_per_field_and_store_nothing()
    {
        var f = File;
        var leftBehind = f.LeftBehind(nationalId: CsvClient.UniqueNationalId(f.Birth, male: true));
        var plain = f.Child();
        var badDate = f.Child();
        badDate["birthDate"] = f.Birth.ToString("yyyy/M/d", System.Globalization.CultureInfo.InvariantCulture);
        var badSituation = f.LeftBehind();
        badSituation["fatherSituation"] = "on-holiday";
        var badId = f.Child();
        var id = CsvClient.UniqueNationalId(f.Birth, male: true);
        badId["nationalId"] = id[..17] + (id[17] == '0' ? '1' : '0');
        var tianjin = f.Child(village: "120116100201");

        var report = await UploadAsync(f.Csv(leftBehind, plain, badDate, badSituation, badId, tianjin));

        Assert.Equal("created", Outcome(report, 2));
        Assert.Equal(["rural-left-behind"], Row(report, 2).GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("created", Outcome(report, 3));
        Assert.Empty(Row(report, 3).GetProperty("categories").EnumerateArray());
        Assert.Equal("invalid", Outcome(report, 4));
        Assert.True(Row(report, 4).GetProperty("errors").TryGetProperty("birthDate", out _));
        Assert.Equal("invalid", Outcome(report, 5));
        Assert.True(Row(report, 5).GetProperty("errors").TryGetProperty("fatherSituation", out _));
        Assert.Equal("invalid", Outcome(report, 6));
        Assert.Contains("check digit", Row(report, 6).GetProperty("errors").GetProperty("nationalId")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("outside-jurisdiction", Outcome(report, 7));
        var totals = report.GetProperty("totals");
        Assert.Equal((2, 3, 1), (totals.GetProperty("created").GetInt32(), totals.GetProperty("invalid").GetInt32(), totals.GetProperty("outside-jurisdiction").GetInt32()));

        Assert.Equal(2, await ChildrenNamedAsync(leftBehind["name"], plain["name"], badDate["name"], badSituation["name"], badId["name"], tianjin["name"]));
        var childId = Row(report, 2).GetProperty("childId").GetGuid();
        var child = await (await _benxi.GetAsync($"/api/registry/children/{childId}")).Json();
        Assert.Equal("working-away", child.GetProperty("parents").GetProperty("mother").GetProperty("kind").GetString());
        Assert.True(child.GetProperty("carer").GetProperty("agreement").GetProperty("signed").GetBoolean());
        Assert.Equal("2105**********" + leftBehind["nationalId"]![14..], child.GetProperty("nationalId").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Uploading_the_same_file_again_creates_nothing_and_appends_no_event()
    {
        var f = File;
        var csv = f.Csv(f.LeftBehind(nationalId: CsvClient.UniqueNationalId(f.Birth, male: true)), f.LeftBehind(), f.Child(), f.Child(village: "120116100201"));
        var first = await UploadAsync(csv);
        Assert.Equal(3, first.GetProperty("totals").GetProperty("created").GetInt32());
        var events = await EventsAsync();

        var second = await UploadAsync(csv);

        Assert.Equal(["unchanged", "unchanged", "unchanged", "outside-jurisdiction"],
            second.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("outcome").GetString()));
        Assert.Equal(Row(first, 3).GetProperty("childId").GetGuid(), Row(second, 3).GetProperty("childId").GetGuid());
        Assert.Equal(events, await EventsAsync());
    }

    [Fact]
    public async Task A_changed_fact_in_a_re_upload_updates_the_child_and_recomputes_the_categories()
    {
        var f = File;
        var row = f.LeftBehind();
        var created = await UploadAsync(f.Csv(row));
        var childId = Row(created, 2).GetProperty("childId").GetGuid();

        row["motherSituation"] = "present";
        row["motherSince"] = f.Today.AddDays(-3).Iso();
        var updated = await UploadAsync(f.Csv(row));

        Assert.Equal("updated", Outcome(updated, 2));
        Assert.Equal(childId, Row(updated, 2).GetProperty("childId").GetGuid());
        Assert.Equal(["mother"], Row(updated, 2).GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        Assert.Empty(Row(updated, 2).GetProperty("categories").EnumerateArray());
        Assert.Equal(1, await ChildrenNamedAsync(row["name"]));
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_happen_and_stores_nothing()
    {
        var f = File;
        var row = f.LeftBehind();
        var events = await EventsAsync();

        var report = await UploadAsync(f.Csv(row, f.Child(village: "21052110020X")), dryRun: true);

        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.Equal("created", Outcome(report, 2));
        Assert.Equal(["rural-left-behind"], Row(report, 2).GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("invalid", Outcome(report, 3));
        Assert.Equal(events, await EventsAsync());
        Assert.Equal(0, await ChildrenNamedAsync(row["name"]));
    }

    [Fact]
    public async Task Two_rows_of_one_file_for_the_same_child_store_it_once_and_report_the_second()
    {
        var f = File;
        var first = f.LeftBehind();
        var again = new Dictionary<string, string?>(first) { ["school"] = "本溪县第一小学" };

        var report = await UploadAsync(f.Csv(first, again));

        Assert.Equal("created", Outcome(report, 2));
        Assert.Equal("possible-duplicate", Outcome(report, 3));
        Assert.Equal(2, Row(report, 3).GetProperty("duplicateOfRow").GetInt32());
        Assert.Equal(1, await ChildrenNamedAsync(first["name"]));
    }

    [Fact]
    public async Task A_row_without_an_id_number_updates_the_child_registered_by_name_birth_date_and_village()
    {
        var f = File;
        var name = RegistryClient.UniqueName();
        var (id, _) = await _benxi.RegisterAsync(RegistryClient.Child(name, f.Birth.Iso(), SurveyFile.Village));
        var row = f.LeftBehind(name);

        var report = await UploadAsync(f.Csv(row));

        Assert.Equal("updated", Outcome(report, 2));
        Assert.Equal(id, Row(report, 2).GetProperty("childId").GetGuid());
        Assert.Contains("rural-left-behind", Row(report, 2).GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(1, await ChildrenNamedAsync(name));
    }

    [Fact]
    public async Task A_row_whose_id_number_another_child_of_the_village_has_under_the_same_name_is_reported_not_stored()
    {
        var f = File;
        var name = RegistryClient.UniqueName();
        await _benxi.RegisterAsync(RegistryClient.Child(name, f.Birth.Iso(), SurveyFile.Village, nationalId: CsvClient.UniqueNationalId(f.Birth, male: true)));

        var report = await UploadAsync(f.Csv(f.Child(name, nationalId: CsvClient.UniqueNationalId(f.Birth, male: true))));

        Assert.Equal("possible-duplicate", Outcome(report, 2));
        Assert.Single(Row(report, 2).GetProperty("candidates").EnumerateArray());
        Assert.Equal(1, await ChildrenNamedAsync(name));
    }
}

using System.Net;
using System.Text.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Registry.Tests.EducationComparison;

/// <summary>Baotou's comparison with education (数据比对): possible dropouts, pupils who may need a file, matches; nothing stored.</summary>
public class EducationComparisonTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private const string Village = "150203100201";
    private static readonly string[] Header = ["name", "gender", "birthDate", "nationalId", "school", "grade", "villageCode", "household", "fatherAway", "motherAway"];
    private readonly HttpClient _baotou = registry.Caseworker("1502");
    private DateOnly Today => DateOnly.FromDateTime(registry.Clock.GetUtcNow().UtcDateTime);

    private async Task<Guid> LeftBehindAsync(string name, int age, string? nationalId = null)
    {
        var (id, etag) = await _baotou.RegisterAsync(RegistryClient.Child(name, Today.AddYears(-age).AddDays(-10).Iso(), Village, nationalId: nationalId));
        foreach (var parent in new[] { "father", "mother" })
            (etag, _) = await _baotou.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{id}/parents/{parent}",
                new { situation = "working-away", since = Today.AddYears(-1).Iso() }, etag);
        return id;
    }

    private Dictionary<string, string?> Pupil(string name, int age, string? village = Village, string? nationalId = null, string fatherAway = "否", string motherAway = "否") => new()
    {
        ["name"] = name, ["gender"] = "male", ["birthDate"] = Today.AddYears(-age).AddDays(-10).Iso(), ["nationalId"] = nationalId,
        ["school"] = "东河区第一小学", ["grade"] = "四年级", ["villageCode"] = village, ["household"] = "rural",
        ["fatherAway"] = fatherAway, ["motherAway"] = motherAway,
    };

    private async Task<JsonElement> CompareAsync(HttpClient client, string region, params IReadOnlyDictionary<string, string?>[] pupils)
    {
        var response = await client.PostCsvAsync($"/api/registry/education-comparisons?region={region}", CsvClient.Csv(Header, pupils));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Json();
    }

    private static List<Guid> Dropouts(JsonElement report) =>
        [.. report.GetProperty("possibleDropouts").EnumerateArray().Select(d => d.GetProperty("childId").GetGuid())];

    [Fact]
    public async Task A_left_behind_child_of_ten_missing_from_the_list_is_a_possible_dropout_and_one_on_it_is_matched()
    {
        var absentName = RegistryClient.UniqueName("赵");
        var absent = await LeftBehindAsync(absentName, 10);
        var enrolledName = RegistryClient.UniqueName("赵");
        var enrolled = await LeftBehindAsync(enrolledName, 10);
        var number = CsvClient.UniqueNationalId(Today.AddYears(-11).AddDays(-10), male: true, region: "150203");
        var byId = await LeftBehindAsync(RegistryClient.UniqueName("赵"), 11, number);
        var tooYoung = await LeftBehindAsync(RegistryClient.UniqueName("赵"), 5);
        var events = await registry.Database.ScalarAsync("SELECT count(*) FROM registry.mt_events");

        var report = await CompareAsync(_baotou, "150203", Pupil(enrolledName, 10), Pupil("别的名字", 11, village: null, nationalId: number));

        var dropouts = Dropouts(report);
        Assert.Contains(absent, dropouts);
        Assert.DoesNotContain(enrolled, dropouts);
        Assert.DoesNotContain(byId, dropouts);
        Assert.DoesNotContain(tooYoung, dropouts);
        var dropout = report.GetProperty("possibleDropouts").EnumerateArray().Single(d => d.GetProperty("childId").GetGuid() == absent);
        Assert.Equal(NamePolicyMask(absentName), dropout.GetProperty("name").GetString());
        Assert.Equal((10, Village), (dropout.GetProperty("age").GetInt32(), dropout.GetProperty("villageCode").GetString()));
        Assert.Equal(["rural-left-behind"], dropout.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(2, report.GetProperty("totals").GetProperty("matched").GetInt32());
        Assert.Equal(events, await registry.Database.ScalarAsync("SELECT count(*) FROM registry.mt_events"));
    }

    [Fact]
    public async Task An_enrolled_child_with_both_parents_away_and_no_file_is_flagged_for_a_survey_with_a_masked_name()
    {
        var name = RegistryClient.UniqueName("钱");
        var oneAway = RegistryClient.UniqueName("钱");
        var urban = Pupil(RegistryClient.UniqueName("钱"), 9, fatherAway: "是", motherAway: "是");
        urban["household"] = "urban";

        var report = await CompareAsync(_baotou, "150203", Pupil(name, 9, fatherAway: "是", motherAway: "是"),
            Pupil(oneAway, 8, fatherAway: "true"), urban, Pupil(RegistryClient.UniqueName("钱"), 9));

        var flagged = report.GetProperty("possiblyInCategory").EnumerateArray().ToList();
        Assert.Equal([2, 3], flagged.Select(f => f.GetProperty("row").GetInt32()));
        Assert.Equal(NamePolicyMask(name), flagged[0].GetProperty("name").GetString());
        Assert.StartsWith("both parents away from home, rural household: possible rural left-behind child; survey needed", flagged[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("if the mother cannot care", flagged[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, report.GetProperty("totals").GetProperty("notRegistered").GetInt32());
        Assert.DoesNotContain(name, report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_that_cannot_be_compared_are_listed_and_the_comparison_is_audited()
    {
        var bad = Pupil(RegistryClient.UniqueName("孙"), 9);
        bad["birthDate"] = "2016.03.01";
        var elsewhere = Pupil(RegistryClient.UniqueName("孙"), 9, village: "150102100201");

        const string Audited = "SELECT count(*) FROM audit.entries WHERE action = 'POST /api/registry/education-comparisons' AND detail LIKE 'region=150203;rows=2;matched=0;%'";
        var before = await registry.Database.ScalarAsync(Audited);

        var request = await _baotou.PostCsvAsync("/api/registry/education-comparisons?region=150203", CsvClient.Csv(Header, bad, elsewhere));
        var report = await request.Json();

        Assert.Equal(2, report.GetProperty("invalidRows")[0].GetProperty("row").GetInt32());
        Assert.True(report.GetProperty("invalidRows")[0].GetProperty("errors").TryGetProperty("birthDate", out _));
        Assert.Equal(1, report.GetProperty("totals").GetProperty("outsideRegion").GetInt32());
        Assert.Equal(before + 1, await registry.Database.ScalarAsync(Audited));
    }

    [Fact]
    public async Task The_region_must_be_the_callers_and_education_may_compare_too()
    {
        var elsewhere = await _baotou.PostCsvAsync("/api/registry/education-comparisons?region=2105", CsvClient.Csv(Header, Pupil("王明", 9)));
        await elsewhere.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        var missing = await _baotou.PostCsvAsync("/api/registry/education-comparisons", CsvClient.Csv(Header, Pupil("王明", 9)));
        await missing.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var noHeader = await _baotou.PostCsvAsync("/api/registry/education-comparisons?region=1502", CsvClient.Csv(["name", "birthDate"], Pupil("王明", 9)));
        var problem = await noHeader.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.True(problem.GetProperty("errors").TryGetProperty("fatherAway", out _));

        var education = registry.ClientAs("education", "teacher", "150203");
        await CompareAsync(education, "150203", Pupil(RegistryClient.UniqueName("周"), 9));
    }

    private static string NamePolicyMask(string name) => ChildProtection.Registry.Children.Reading.NamePolicy.Mask(name);
}

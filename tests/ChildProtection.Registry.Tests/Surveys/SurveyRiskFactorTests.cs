using System.Net;
using System.Text.Json;

namespace ChildProtection.Registry.Tests.Surveys;

/// <summary>Risk factors, disabilities and severe parental disability through the survey file, by the API's own rules.</summary>
public class SurveyRiskFactorTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private readonly HttpClient _benxi = registry.Caseworker("2105");
    private SurveyFile File => new(DateOnly.FromDateTime(registry.Clock.GetUtcNow().UtcDateTime));

    private async Task<List<JsonElement>> UploadAsync(string csv)
    {
        var response = await _benxi.PostCsvAsync("/api/registry/surveys", csv);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return [.. (await response.Json()).GetProperty("results").EnumerateArray()];
    }

    private static IEnumerable<string?> Categories(JsonElement row) => row.GetProperty("categories").EnumerateArray().Select(c => c.GetString());

    [Fact]
    public async Task A_childs_disability_and_a_parents_severe_disability_lead_to_their_categories_and_re_upload_is_unchanged()
    {
        var f = File;
        var disabled = f.Child();
        disabled["riskFactors"] = "child-disability; frequent-absence:often absent from school";
        disabled["riskFactorsSince"] = f.Today.AddYears(-3).Iso();
        disabled["childDisabilityType"] = "physical";
        disabled["childDisabilityGrade"] = "2";
        var severe = f.Child();
        severe["fatherSituation"] = "severe-disability";
        severe["fatherSince"] = f.Today.AddYears(-4).Iso();
        severe["fatherDisabilityType"] = "intellectual";
        severe["fatherDisabilityGrade"] = "3";
        severe["motherSituation"] = "working-away";
        severe["motherSince"] = f.Today.AddYears(-1).Iso();
        var csv = f.Csv(disabled, severe);

        var first = await UploadAsync(csv);

        Assert.Equal(["in-difficulty-disability"], Categories(first[0]));
        Assert.Equal(["registered", "riskFactor:child-disability", "riskFactor:frequent-absence"], first[0].GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["rural-left-behind"], Categories(first[1]));
        Assert.Contains("riskFactor:parent-severe-disability", first[1].GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        Assert.All(await UploadAsync(csv), r => Assert.Equal("unchanged", r.GetProperty("outcome").GetString()));
    }

    [Theory]
    [InlineData("riskFactors", "parent-severe-disability", "riskFactors")]
    [InlineData("riskFactors", "Not A Code", "riskFactors")]
    [InlineData("riskFactors", "frequent-absence", "riskFactors")]
    [InlineData("childDisabilityType", "physical", "childDisabilityType")]
    [InlineData("careAgreementSigned", "maybe", "careAgreementSigned")]
    [InlineData("carerRelation", "other", "carerDirectRelative")]
    [InlineData("fatherSituation", "severe-disability", "fatherDisabilityType")]
    public async Task A_fact_the_api_would_refuse_makes_the_row_invalid_naming_the_column(string column, string value, string errorColumn)
    {
        var f = File;
        var row = f.LeftBehind();
        row["riskFactorsSince"] = f.Today.AddYears(-1).Iso();
        row[column] = value;

        var result = Assert.Single(await UploadAsync(f.Csv(row)));

        Assert.Equal("invalid", result.GetProperty("outcome").GetString());
        Assert.True(result.GetProperty("errors").TryGetProperty(errorColumn, out _), result.ToString());
    }

    [Fact]
    public async Task A_carer_since_before_the_childs_birth_is_refused_as_through_the_api()
    {
        var f = File;
        var row = f.LeftBehind();
        row["carerSince"] = f.Birth.AddDays(-1).Iso();

        var result = Assert.Single(await UploadAsync(f.Csv(row)));

        Assert.Equal("invalid", result.GetProperty("outcome").GetString());
        Assert.Equal("Cannot be before the child's birth date.", result.GetProperty("errors").GetProperty("carerSince")[0].GetString());
    }
}

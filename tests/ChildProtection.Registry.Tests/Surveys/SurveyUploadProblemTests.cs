using System.Net;
using System.Text;
using ChildProtection.Registry.Csv;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Registry.Tests.Surveys;

/// <summary>Client mistakes in an upload are RFC 9457 problems, never a 500, and store nothing.</summary>
public class SurveyUploadProblemTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private const string Path = "/api/registry/surveys";
    private readonly HttpClient _benxi = registry.Caseworker("2105");
    private SurveyFile File => new(DateOnly.FromDateTime(registry.Clock.GetUtcNow().UtcDateTime));

    [Fact]
    public async Task A_missing_header_column_is_400_naming_the_column()
    {
        var header = SurveyFile.Header.Where(c => c != "motherSince").ToList();
        var response = await _benxi.PostCsvAsync(Path, CsvClient.Csv(header, File.Child()));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.True(problem.GetProperty("errors").TryGetProperty("motherSince", out _), problem.ToString());
    }

    [Fact]
    public async Task A_body_that_is_not_csv_is_415()
    {
        var response = await _benxi.PostCsvAsync(Path, File.Csv(File.Child()), contentType: "application/json");
        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, ProblemTypes.BadRequest);
        var latin = await _benxi.PostCsvAsync(Path, File.Csv(File.Child()), contentType: "text/csv; charset=gb2312");
        await latin.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, ProblemTypes.BadRequest);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    public async Task An_empty_file_is_400(string body)
    {
        var response = await _benxi.PostCsvAsync(Path, body);
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
    }

    [Fact]
    public async Task A_header_without_rows_is_400()
    {
        var response = await _benxi.PostCsvAsync(Path, File.Csv());
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
    }

    [Fact]
    public async Task A_file_saved_in_gbk_instead_of_utf8_is_400_with_how_to_save_it()
    {
        var gbkLike = new ByteArrayContent([.. Encoding.ASCII.GetBytes("name,gender\r\n"), 0xCD, 0xF5, 0xD0, 0xA1]);
        gbkLike.Headers.ContentType = new("text/csv");
        var response = await _benxi.PostAsync(Path, gbkLike);
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.Contains("UTF-8", problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_cap_is_413()
    {
        var big = File.Csv(File.Child()) + new string('x', CsvUpload.MaxBytes);
        var response = await _benxi.PostCsvAsync(Path, big);
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, ProblemTypes.BadRequest);
    }

    [Fact]
    public async Task Only_civil_affairs_may_import()
    {
        var education = registry.ClientAs("education", "teacher", "2105");
        var response = await education.PostCsvAsync(Path, File.Csv(File.Child()));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_row_with_a_comma_outside_quotes_is_invalid_and_the_rest_of_the_file_is_imported()
    {
        var f = File;
        var good = f.Csv(f.Child());
        var broken = good.Split("\r\n")[1].Replace(",male,", ",male,extra,", StringComparison.Ordinal);
        var response = await _benxi.PostCsvAsync(Path, good + broken + "\r\n");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.Json()).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal("created", results[0].GetProperty("outcome").GetString());
        Assert.Equal("invalid", results[1].GetProperty("outcome").GetString());
        Assert.True(results[1].GetProperty("errors").TryGetProperty("row", out _));
    }
}

using ChildProtection.Registry.Csv;
using ChildProtection.Registry.Surveys;

namespace ChildProtection.Registry.Tests.Surveys;

/// <summary>Reading uploaded CSV: quoting, row numbers as a spreadsheet shows them, case-insensitive headers, unknown columns.</summary>
public class CsvUploadTests
{
    private static readonly CsvColumns Columns = new(["name", "school"], ["grade"]);

    [Fact]
    public void Quoted_cells_keep_commas_quotes_and_line_breaks_and_rows_are_numbered_as_in_a_spreadsheet()
    {
        var (table, problem) = CsvUpload.Parse("Name, SCHOOL ,note\r\n\"王,明\",\"第一\"\"小学\"\"\",x\r\n\r\n\"李\n华\",  ,y\r\n", Columns);
        Assert.Null(problem);
        Assert.Equal(["note"], table!.IgnoredColumns);
        Assert.Equal([2, 4], table.Records.Select(r => r.Row));
        Assert.Equal("王,明", table.Records[0]["name"]);
        Assert.Equal("第一\"小学\"", table.Records[0]["school"]);
        Assert.Equal("李\n华", table.Records[1]["name"]);
        Assert.Null(table.Records[1]["school"]);
        Assert.Null(table.Records[1]["grade"]);
    }

    [Fact]
    public void A_row_with_more_cells_than_the_header_or_a_stray_quote_carries_an_error()
    {
        var (table, _) = CsvUpload.Parse("name,school\r\na,b,c\r\nd,e\"f\r\ng,h\r\n", Columns);
        Assert.NotNull(table!.Records[0].Error);
        Assert.NotNull(table.Records[1].Error);
        Assert.Null(table.Records[2].Error);
    }

    [Fact]
    public void The_survey_template_header_names_every_documented_column()
    {
        var (table, problem) = CsvUpload.Parse(string.Join(',', SurveyColumns.Columns.Required) + "\r\n" + new string(',', SurveyColumns.Columns.Required.Count - 1) + "x\r\n", SurveyColumns.Columns);
        Assert.Null(problem);
        Assert.Contains("fatherExpectedEnd", table!.Columns);
        Assert.Contains("careAgreementSignedOn", table.Columns);
    }
}

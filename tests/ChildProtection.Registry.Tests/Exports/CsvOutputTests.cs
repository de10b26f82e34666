using System.Text;
using ChildProtection.Registry.Csv;

namespace ChildProtection.Registry.Tests.Exports;

/// <summary>Writing CSV: BOM, CRLF, RFC 4180 quoting, formula cells defused.</summary>
public class CsvOutputTests
{
    [Fact]
    public void Cells_are_quoted_only_when_needed_and_formulas_get_an_apostrophe()
    {
        var bytes = CsvOutput.Write(["a", "b"], [["plain", "a,b"], ["say \"hi\"", "line\nbreak"], ["=SUM(A1)", null], [" edge", "@x"]]);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        Assert.Equal("a,b\r\nplain,\"a,b\"\r\n\"say \"\"hi\"\"\",\"line\nbreak\"\r\n\"'=SUM(A1)\",\r\n\" edge\",\"'@x\"\r\n", text);
    }

    [Fact]
    public void What_is_written_reads_back_as_written()
    {
        string?[] cells = ["王\"小,明\n二", "", "2015-03-02", "x;y"];
        var text = Encoding.UTF8.GetString(CsvOutput.Write(["name", "a", "b", "c"], [cells]).AsSpan(3));
        Assert.Equal(cells, CsvClient.Parse(text)[1]);
    }
}

using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ChildProtection.Registry.Csv;

/// <summary>
/// Writes CSV that Excel opens as it is: UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting (a cell with a comma,
/// quote, line break or edge space is quoted, quotes doubled), and cells that a spreadsheet would run as a formula
/// (starting with = + - @) prefixed with an apostrophe.
/// </summary>
public static class CsvOutput
{
    /// <summary>The content type of an export.</summary>
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>Writes the header and rows to bytes, BOM first.</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, Configuration()))
        {
            foreach (var row in rows.Prepend(header))
            {
                foreach (var cell in row) csv.WriteField(cell ?? "");
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    private static CsvConfiguration Configuration() => new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.Escape,
        // CsvHelper's default only quotes a line break equal to NewLine; a lone \n in a cell must be quoted too.
        ShouldQuote = args => NeedsQuotes(args.Field),
    };

    /// <summary>RFC 4180: quote a cell holding the delimiter, a quote or a line break; also keep edge spaces.</summary>
    public static bool NeedsQuotes(string? field) =>
        !string.IsNullOrEmpty(field)
        && (field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]));
}

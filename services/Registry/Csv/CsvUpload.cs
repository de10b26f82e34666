using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using ChildProtection.ServiceDefaults;
using CsvHelper;
using CsvHelper.Configuration;

namespace ChildProtection.Registry.Csv;

/// <summary>
/// Reads an uploaded CSV file (<c>text/csv</c>, UTF-8 with or without BOM, header row first, RFC 4180 quoting) into
/// rows keyed by column. Every client mistake becomes a problem: wrong content type 415, too big 413, empty or
/// unreadable file and missing header columns 400 with the columns named.
/// </summary>
public static class CsvUpload
{
    /// <summary>The largest file accepted.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>The most data rows accepted in one file.</summary>
    public const int MaxRows = 20_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<(CsvTable? Table, IResult? Problem)> ReadAsync(HttpRequest request, CsvColumns columns, CancellationToken ct)
    {
        if (ContentTypeProblem(request.ContentType) is { } wrongType) return (null, wrongType);
        if (request.ContentLength > MaxBytes) return (null, TooLarge());
        var bytes = await ReadBodyAsync(request.Body, ct);
        if (bytes is null) return (null, TooLarge());

        string text;
        try { text = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException)
        {
            return (null, Problems.Validation("file",
                "The file is not UTF-8 text. In Excel save it as 'CSV UTF-8 (comma delimited)'; in WPS choose UTF-8 encoding."));
        }
        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text)) return (null, Problems.Validation("file", "The file is empty."));
        return Parse(text, columns);
    }

    /// <summary>Parses CSV text whose first row is the header.</summary>
    public static (CsvTable? Table, IResult? Problem) Parse(string text, CsvColumns columns)
    {
        var badRows = new HashSet<int>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = false,
            IgnoreBlankLines = true,
            BadDataFound = args => badRows.Add(args.Context.Parser?.Row ?? 0),
        };
        using var parser = new CsvParser(new StringReader(text), config);
        if (!parser.Read() || parser.Record is not { } header) return (null, Problems.Validation("file", "The file is empty."));

        var (indexes, ignored, headerErrors) = MapHeader(header, columns);
        if (headerErrors.Count > 0)
            return (null, Problems.Validation(headerErrors, "The header row must name the columns described in the import's documentation."));

        var records = new List<CsvRecord>();
        while (parser.Read())
        {
            var fields = parser.Record!;
            if (fields.All(string.IsNullOrWhiteSpace)) continue;
            if (records.Count == MaxRows) return (null, TooLarge());
            var cells = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var (column, index) in indexes)
                cells[column] = index < fields.Length && fields[index].Trim() is { Length: > 0 } value ? value : null;
            var error = badRows.Contains(parser.Row)
                ? "A quote inside a cell that does not start with a quote: put the whole cell in quotes and double the quotes inside it."
                : fields.Length != header.Length ? $"The row has {fields.Length} cells; the header has {header.Length}. A comma inside a cell needs quotes around the cell."
                : null;
            records.Add(new CsvRecord(parser.Row, cells, error));
        }
        if (records.Count == 0) return (null, Problems.Validation("file", "The file has a header row but no data rows."));
        return (new CsvTable([.. indexes.Keys], ignored, records), null);
    }

    private static (Dictionary<string, int> Indexes, List<string> Ignored, Dictionary<string, string[]> Errors) MapHeader(string[] header, CsvColumns columns)
    {
        var known = columns.All.ToDictionary(c => c, c => c, StringComparer.OrdinalIgnoreCase);
        var indexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var ignored = new List<string>();
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            if (!known.TryGetValue(name, out var column)) { if (name.Length > 0) ignored.Add(name); continue; }
            if (!indexes.TryAdd(column, i)) errors[column] = [$"The header names the column '{column}' twice."];
        }
        foreach (var column in columns.Required.Where(c => !indexes.ContainsKey(c)))
            errors[column] = [$"The header has no column '{column}'."];
        return (indexes, ignored, errors);
    }

    private static IResult? ContentTypeProblem(string? contentType)
    {
        if (MediaTypeHeaderValue.TryParse(contentType, out var type) && string.Equals(type.MediaType, "text/csv", StringComparison.OrdinalIgnoreCase)
            && (type.CharSet is null || string.Equals(type.CharSet.Trim('"'), "utf-8", StringComparison.OrdinalIgnoreCase)))
            return null;
        return TypedResults.Problem("Send the file as text/csv in UTF-8 (Content-Type: text/csv; charset=utf-8).",
            statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The content type is not supported.", type: ProblemTypes.BadRequest);
    }

    private static IResult TooLarge() => TypedResults.Problem(
        $"A file may have at most {MaxBytes / 1024 / 1024} MB and {MaxRows:N0} rows; split it, e.g. by township.",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large.", type: ProblemTypes.BadRequest);

    private static async Task<byte[]?> ReadBodyAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}

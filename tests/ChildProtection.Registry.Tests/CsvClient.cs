using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using ChildProtection.Registry.Privacy;

namespace ChildProtection.Registry.Tests;

/// <summary>Builds CSV files the way a spreadsheet saves them, posts them, and reads CSV answers with an independent RFC 4180 reader.</summary>
public static class CsvClient
{
    /// <summary>A CSV text: the header, then each row's cells in header order (missing = empty), every cell quoted as RFC 4180 asks.</summary>
    public static string Csv(IReadOnlyList<string> header, params IReadOnlyDictionary<string, string?>[] rows) =>
        string.Join("\r\n", new[] { string.Join(',', header.Select(Quote)) }
            .Concat(rows.Select(r => string.Join(',', header.Select(h => Quote(r.GetValueOrDefault(h) ?? "")))))) + "\r\n";

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    /// <summary>Posts <paramref name="csv"/> as text/csv, UTF-8 with a BOM unless <paramref name="bom"/> is false.</summary>
    public static Task<HttpResponseMessage> PostCsvAsync(this HttpClient client, string path, string csv, bool bom = true, string contentType = "text/csv")
    {
        var bytes = (bom ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return client.PostAsync(path, content);
    }

    /// <summary>Parses RFC 4180 CSV (quoted cells, doubled quotes, line breaks inside quotes) into rows of cells.</summary>
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else cell.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { }
            else if (ch == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = []; }
            else cell.Append(ch);
        }
        if (cell.Length > 0 || row.Count > 0) { row.Add(cell.ToString()); rows.Add(row); }
        return rows;
    }

    /// <summary>A valid 18-character ID number (GB 11643) for a birth date, region and sequence (odd = male).</summary>
    public static string NationalId(DateOnly birth, int sequence, string region = "210521")
    {
        var first17 = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("000", CultureInfo.InvariantCulture);
        return first17 + NationalIdNumber.CheckCharacter(first17);
    }

    private static int _sequence;

    /// <summary>A valid ID number not used before in this test run (the sequence's parity gives the gender).</summary>
    public static string UniqueNationalId(DateOnly birth, bool male, string region = "210521")
    {
        var n = Interlocked.Increment(ref _sequence) % 499;
        return NationalId(birth, n * 2 + (male ? 1 : 0), region);
    }

    public static string Iso(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

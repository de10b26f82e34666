namespace ChildProtection.Registry.Csv;

/// <summary>One data row of an uploaded CSV file.</summary>
/// <param name="Row">The row number as a spreadsheet shows it: the header is row 1, blank lines count, a multi-line cell does not.</param>
/// <param name="Cells">The trimmed cells by column name (case-insensitive); an empty cell is null.</param>
/// <param name="Error">Why the row could not be read as a whole (wrong number of fields, a stray quote), or null.</param>
public sealed record CsvRecord(int Row, IReadOnlyDictionary<string, string?> Cells, string? Error)
{
    /// <summary>The cell of <paramref name="column"/>, null when empty or the column is absent.</summary>
    public string? this[string column] => Cells.GetValueOrDefault(column);
}

/// <summary>An uploaded CSV file: its known columns, the header columns nobody asked for, and the data rows.</summary>
public sealed record CsvTable(IReadOnlyList<string> Columns, IReadOnlyList<string> IgnoredColumns, IReadOnlyList<CsvRecord> Records);

/// <summary>The columns an upload must have and those it may have.</summary>
public sealed record CsvColumns(IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    /// <summary>Every known column, required first.</summary>
    public IEnumerable<string> All => Required.Concat(Optional);
}

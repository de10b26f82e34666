namespace ChildProtection.Jurisdictions;

/// <summary>A policy pack that cannot be loaded; the message names the file and the field.</summary>
public sealed class PolicyPackException : Exception
{
    /// <summary>A failure of <paramref name="file"/> at <paramref name="field"/> (a dotted path, e.g. <c>visits.homeVisitIntervalMonths</c>).</summary>
    public PolicyPackException(string file, string field, string detail, Exception? inner = null)
        : base($"Policy pack '{file}', field '{field}': {detail}", inner)
    {
        File = file;
        Field = field;
    }

    /// <summary>The pack file (embedded path or override file path).</summary>
    public string File { get; }

    /// <summary>The dotted path of the offending field.</summary>
    public string Field { get; }
}

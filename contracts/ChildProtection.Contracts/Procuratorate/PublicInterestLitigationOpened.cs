using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// Public-interest litigation (公益诉讼) began: administrative with a pre-suit recommendation to an agency, or civil with a public notice.
/// </summary>
/// <param name="LitigationId">The litigation.</param>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The region of the case.</param>
/// <param name="Kind"><c>administrative</c> or <c>civil</c>.</param>
/// <param name="Urgent">Administrative: the pre-suit recommendation was marked urgent.</param>
/// <param name="PeriodEndsOn">The last day of the agency's reply period (administrative) or of the public notice (civil).</param>
/// <param name="OccurredAt">When it began.</param>
public sealed record PublicInterestLitigationOpened(
    Guid LitigationId,
    Guid CaseId,
    Guid ChildId,
    string RegionCode,
    string Kind,
    bool Urgent,
    DateOnly PeriodEndsOn,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => $"Public-interest litigation ({Kind}) begun, {(Kind == "civil" ? "public notice" : "pre-suit recommendation reply")} until {PeriodEndsOn:yyyy-MM-dd}";
}

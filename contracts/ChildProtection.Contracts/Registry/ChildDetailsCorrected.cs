namespace ChildProtection.Contracts.Registry;

/// <summary>A child's basic details were corrected; carries the corrected routing facts (never the name).</summary>
public sealed record ChildDetailsCorrected(
    Guid ChildId,
    string RegionCode,
    string Gender,
    DateOnly BirthDate,
    string Household,
    DateTimeOffset CorrectedAt);

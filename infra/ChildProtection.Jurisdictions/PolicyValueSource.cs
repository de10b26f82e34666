namespace ChildProtection.Jurisdictions;

/// <summary>Where one effective value came from.</summary>
/// <param name="PackId">The pack that set it, e.g. <c>liaoning</c>.</param>
/// <param name="PackVersion">That pack's version.</param>
/// <param name="RegionPrefix">That pack's region prefix (<c>""</c> for national).</param>
/// <param name="Source">The citation the pack gives for the value (official document: issuing body, title, number, clause, quoted sentence).</param>
public sealed record PolicyValueSource(string PackId, int PackVersion, string RegionPrefix, string Source);

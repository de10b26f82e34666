using System.Text.Json.Nodes;

namespace ChildProtection.Jurisdictions;

/// <summary>
/// The effective policy of a region as plain JSON: every value with the pack it came from and the
/// citation. Meant to be returned as is by <c>GET /api/visits/policies/{regionCode}</c>.
/// </summary>
/// <param name="RegionCode">The region asked for.</param>
/// <param name="Packs">The packs that apply, most specific first (always ending with <c>national</c>).</param>
/// <param name="Values">By dotted path (<see cref="PolicyPaths"/>), in a stable order.</param>
public sealed record PolicyExplanation(
    string RegionCode,
    IReadOnlyList<string> Packs,
    IReadOnlyDictionary<string, ExplainedValue> Values);

/// <summary>One effective value and its provenance.</summary>
/// <param name="Value">The value as it is written in a pack (<c>null</c> where the pack sets null).</param>
/// <param name="PackId">The pack that set it.</param>
/// <param name="PackVersion">That pack's version.</param>
/// <param name="Source">The citation for the value.</param>
public sealed record ExplainedValue(JsonNode? Value, string PackId, int PackVersion, string Source);

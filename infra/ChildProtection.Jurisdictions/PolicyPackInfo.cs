namespace ChildProtection.Jurisdictions;

/// <summary>A loaded pack's identity.</summary>
/// <param name="Id">Unique id, also the file name's id part (<c>21-liaoning.json</c> → <c>liaoning</c>).</param>
/// <param name="Version">Raised whenever the pack's values change.</param>
/// <param name="RegionPrefix">The region-code prefix it governs (<c>""</c> for national).</param>
/// <param name="Name">Human-readable jurisdiction name.</param>
/// <param name="Source">The document the pack encodes.</param>
/// <param name="File">Where it was read from: <c>Jurisdictions/Packs/…</c> (embedded) or an override file's full path.</param>
public sealed record PolicyPackInfo(string Id, int Version, string RegionPrefix, string Name, string Source, string File);

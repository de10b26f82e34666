namespace ChildProtection.Jurisdictions;

/// <summary>A parsed pack and the file it came from (for error messages and provenance).</summary>
internal sealed record LoadedPack(string File, string FileId, string FilePrefix, PackDocument Document)
{
    public PolicyPackInfo Info => new(Document.Id, Document.Version, Document.RegionPrefix, Document.Name, Document.Source, File);
}

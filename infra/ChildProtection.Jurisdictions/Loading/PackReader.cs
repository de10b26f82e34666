using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChildProtection.Jurisdictions;

/// <summary>
/// Reads pack files: the embedded ones and, optionally, <c>*.json</c> in an override directory. A file is
/// named <c>{regionPrefix}-{id}.json</c>, or <c>{id}.json</c> for the national pack (prefix <c>""</c>).
/// </summary>
internal static partial class PackReader
{
    private const string ResourcePrefix = "ChildProtection.Policies.Packs.";
    private const string EmbeddedFolder = "Jurisdictions/Packs/";

    [GeneratedRegex(@"^(?:(?<prefix>[0-9]+)-)?(?<id>[a-z][a-z0-9-]*)\.json$")]
    private static partial Regex FileName();

    public static IReadOnlyList<LoadedPack> ReadEmbedded()
    {
        var assembly = typeof(PackReader).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Read(EmbeddedFolder + name[ResourcePrefix.Length..], name[ResourcePrefix.Length..], ReadResource(assembly, name)))
            .ToList();
    }

    public static IReadOnlyList<LoadedPack> ReadDirectory(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (!Directory.Exists(full))
        {
            throw new PolicyPackException(full, PolicyPacks.DirectoryKey, "the override directory does not exist.");
        }
        return Directory.EnumerateFiles(full, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => Read(path, Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
    }

    private static LoadedPack Read(string file, string fileName, string json)
    {
        var match = FileName().Match(fileName);
        if (!match.Success)
        {
            throw new PolicyPackException(file, "(file name)",
                "a pack file is named '{regionPrefix}-{id}.json' (e.g. '21-liaoning.json') or 'national.json'; id is lower-case letters, digits and dashes.");
        }

        PackDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<PackDocument>(json, PackJson.Options);
        }
        catch (JsonException e)
        {
            throw new PolicyPackException(file, FieldOf(e.Path) + e.Data[SettingJsonConverterFactory.InnerPathKey], e.Message, e);
        }
        return document is null
            ? throw new PolicyPackException(file, "(document)", "the file holds no pack (null).")
            : new LoadedPack(file, match.Groups["id"].Value, match.Groups["prefix"].Value, document);
    }

    // "$.visits.vacationVisits[0].from" → "visits.vacationVisits[0].from"
    private static string FieldOf(string? jsonPath) =>
        jsonPath is null or "$" ? "(document)" : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

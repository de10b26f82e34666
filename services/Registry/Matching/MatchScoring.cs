namespace ChildProtection.Registry.Matching;

/// <summary>What is known of the child being looked for.</summary>
/// <param name="BlindIndex">The HMAC blind index of the national ID number, when known.</param>
/// <param name="Name">The name as reported (a school's or hospital's spelling may differ slightly).</param>
/// <param name="RegionCode">The village (12 digits) or a region prefix where the child lives.</param>
public sealed record MatchQuery(string? BlindIndex, string? Name, DateOnly? BirthDate, string? RegionCode);

/// <summary>A registered child as the matcher sees it.</summary>
public sealed record MatchRecord(Guid Id, string Name, DateOnly BirthDate, string RegionCode, string? BlindIndex);

/// <summary>
/// How strongly a registered child matches a query. One rule set for registration de-duplication and for
/// <c>ChildDirectory.Lookup</c>: the same ID number is certain; the same name and birth date in the same village
/// is a duplicate unless a caseworker says otherwise; weaker matches are candidates to check.
/// </summary>
public static class MatchScoring
{
    /// <summary>Registration refuses at or above this score unless the caseworker confirms with a reason.</summary>
    public const double Duplicate = 0.9;

    public static (double Score, IReadOnlyList<string> Reasons) Score(MatchQuery query, MatchRecord record)
    {
        if (query.BlindIndex is not null && query.BlindIndex == record.BlindIndex) return (1.0, ["same national ID number"]);
        if (query.Name is null || query.BirthDate is null || query.BirthDate != record.BirthDate) return (0, []);

        var name = Normalize(query.Name);
        var registered = Normalize(record.Name);
        var sameVillage = query.RegionCode is { Length: 12 } && query.RegionCode == record.RegionCode;
        var place = sameVillage ? "same village" : "same region";
        if (name == registered)
            return (sameVillage ? 0.9 : 0.8, ["same name", "same birth date", place]);
        if (name.Length == registered.Length && name.Length > 1 && name[0] == registered[0] && Differences(name, registered) == 1)
            return (sameVillage ? 0.7 : 0.6, ["same surname, one character of the given name differs", "same birth date", place]);
        return (0, []);
    }

    /// <summary>Names compared without spaces and the middle dot of minority names (阿依古丽·买买提).</summary>
    public static string Normalize(string name) =>
        string.Concat(name.Where(ch => !char.IsWhiteSpace(ch) && ch is not ('·' or '•' or '.')));

    private static int Differences(string a, string b) => a.Zip(b).Count(p => p.First != p.Second);
}

using ChildProtection.Registry.Matching;

namespace ChildProtection.Registry.Surveys;

/// <summary>The rows of one file already taken, so a child listed twice is stored once and the second row reported.</summary>
public sealed class SurveyRowsSeen
{
    private sealed record Seen(int Row, Guid? ChildId, MatchRecord Record);

    private readonly Dictionary<string, Seen> _byNationalId = new(StringComparer.Ordinal);
    private readonly Dictionary<(DateOnly, string), List<Seen>> _byBirthAndVillage = [];
    private readonly Dictionary<Guid, Seen> _byChild = [];

    /// <summary>The earlier row holding the same child (same ID number, or a duplicate by <see cref="MatchScoring"/>), if any.</summary>
    public (int Row, Guid? ChildId)? Earlier(MatchQuery query, Guid? childId = null)
    {
        var seen = query.BlindIndex is { } index && _byNationalId.TryGetValue(index, out var sameId) ? sameId
            : childId is { } id && _byChild.TryGetValue(id, out var sameChild) ? sameChild
            : _byBirthAndVillage.GetValueOrDefault((query.BirthDate!.Value, query.RegionCode!))
                ?.FirstOrDefault(s => MatchScoring.Score(query, s.Record).Score >= MatchScoring.Duplicate);
        return seen is null ? null : (seen.Row, seen.ChildId);
    }

    public void Add(MatchQuery query, int row, Guid? childId)
    {
        var seen = new Seen(row, childId, new MatchRecord(childId ?? Guid.Empty, query.Name!, query.BirthDate!.Value, query.RegionCode!, query.BlindIndex));
        if (query.BlindIndex is { } index) _byNationalId.TryAdd(index, seen);
        if (childId is { } id) _byChild.TryAdd(id, seen);
        var key = (query.BirthDate.Value, query.RegionCode!);
        if (!_byBirthAndVillage.TryGetValue(key, out var list)) _byBirthAndVillage[key] = list = [];
        list.Add(seen);
    }
}

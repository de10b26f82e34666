using ChildProtection.Registry.Matching;

namespace ChildProtection.Registry.EducationComparison;

/// <summary>Where a pupil stands in the registry: matched, registered elsewhere, uncertain, or not registered.</summary>
public abstract record PupilMatch
{
    private PupilMatch() { }

    public sealed record Matched(Guid ChildId) : PupilMatch;
    public sealed record Elsewhere : PupilMatch;
    public sealed record Uncertain(IReadOnlyList<Guid> Candidates, string Reason) : PupilMatch;
    public sealed record NotRegistered : PupilMatch;

    /// <summary>Scores the pupil against the registered children with <see cref="MatchScoring"/>; pure.</summary>
    public static PupilMatch Find(Enrolment pupil, string? blindIndex, IReadOnlyList<RegisteredChild> registered, string scope)
    {
        var query = new MatchQuery(blindIndex, pupil.Name, pupil.BirthDate, pupil.VillageCode);
        var scored = registered
            .Select(c => (Child: c, Result: MatchScoring.Score(query, new MatchRecord(c.Id, c.Name, c.BirthDate, c.RegionCode, c.BlindIndex))))
            .Where(s => s.Result.Score > 0).OrderByDescending(s => s.Result.Score)
            .Select(s => (s.Child, s.Result.Score, s.Result.Reasons)).ToList();
        if (scored.Count == 0) return new NotRegistered();
        var inRegion = scored.Where(s => s.Child.RegionCode.StartsWith(scope, StringComparison.Ordinal)).ToList();
        if (scored[0].Score >= 1.0)
            return inRegion is [{ Score: >= 1.0 } same, ..] ? new Matched(same.Child.Id) : new Elsewhere();
        if (inRegion.Count == 0) return new NotRegistered();

        var threshold = pupil.VillageCode is null ? EducationComparer.SameNameAndBirthInRegion : MatchScoring.Duplicate;
        var best = inRegion.Where(s => s.Score >= threshold).ToList();
        var ids = inRegion.Select(s => s.Child.Id).ToList();
        if (best.Count > 1) return new Uncertain(ids, "several registered children have this name and birth date");
        if (best.Count == 1 && blindIndex is not null && best[0].Child.BlindIndex is not null)
            return new Uncertain(ids, "a registered child has this name and birth date but another national ID number");
        if (best.Count == 1) return new Matched(best[0].Child.Id);
        return new Uncertain(ids, "closest registered child: " + string.Join(", ", inRegion[0].Reasons));
    }
}

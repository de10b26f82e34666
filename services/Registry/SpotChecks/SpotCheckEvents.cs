using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Registry.SpotChecks;

/// <summary>档案抽查: the county drew its yearly sample of files (reproducible: the same seed and population give the same sample).</summary>
public sealed record SpotCheckDrawn(Guid CheckId, string CountyCode, int Year, string Seed, int Population, IReadOnlyList<Guid> ChildIds, DateTimeOffset DrawnAt);

/// <summary>The checker recorded one file's checklist result.</summary>
public sealed record SpotCheckFileChecked(Guid CheckId, Guid ChildId, bool Complete, IReadOnlyList<string> Missing, string? Notes, DateTimeOffset CheckedAt);

/// <summary>A spot check's state.</summary>
public sealed record SpotCheck(Guid Id, string CountyCode, int Year, string Seed, int Population, IReadOnlyList<Guid> ChildIds,
    IReadOnlyDictionary<Guid, SpotCheckFileChecked> Results, DateTimeOffset DrawnAt)
{
    public const string StreamType = "spot-check";

    /// <summary>What the command step needs: the fold and the jurisdiction (the county).</summary>
    public static readonly StreamKind<SpotCheck> Kind = new("spot check", Evolve, s => s.CountyCode + "000000");

    public static SpotCheck? Evolve(SpotCheck? state, object @event) => (state, @event) switch
    {
        (_, SpotCheckDrawn e) => new SpotCheck(e.CheckId, e.CountyCode, e.Year, e.Seed, e.Population, e.ChildIds, new Dictionary<Guid, SpotCheckFileChecked>(), e.DrawnAt),
        (not null, SpotCheckFileChecked e) => state with { Results = new Dictionary<Guid, SpotCheckFileChecked>(state.Results) { [e.ChildId] = e } },
        _ => state,
    };

    /// <summary>One check per county and year: its stream id follows from them.</summary>
    public static Guid IdFor(string countyCode, int year) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes($"spot-check:{countyCode}:{year}")));

    public static void Register(EventTypes types) => types
        .Register<SpotCheckDrawn>("registry.spot-check-drawn.v1")
        .Register<SpotCheckFileChecked>("registry.spot-check-file-checked.v1");
}

/// <summary>Draw the county's sample for the year: once per county and year.</summary>
public sealed record DrawSpotCheckSample(Guid CheckId, string CountyCode, int Year, string Seed, int Population, IReadOnlyList<Guid> ChildIds, Moment At)
{
    public static Decision Decide(DrawSpotCheckSample c, SpotCheck? state) => state is not null
        ? AlreadyDrawn(c.CountyCode, c.Year, c.CheckId)
        : Decision.Accept(new SpotCheckDrawn(c.CheckId, c.CountyCode, c.Year, c.Seed, c.Population, c.ChildIds, c.At.Now));

    public static Decision AlreadyDrawn(string countyCode, int year, Guid checkId) => Decision.Reject("spot-check-already-drawn",
        $"The {year} spot check of county {countyCode} was already drawn; see /api/registry/spot-checks/{checkId}.");
}

/// <summary>The checker's result for one sampled file (again: the newer result counts).</summary>
public sealed record RecordSpotCheckFile(Guid ChildId, bool Complete, IReadOnlyList<string> Missing, string? Notes, Moment At)
{
    public static Decision Decide(RecordSpotCheckFile c, SpotCheck state) => state.ChildIds.Contains(c.ChildId)
        ? Decision.Accept(new SpotCheckFileChecked(state.Id, c.ChildId, c.Complete, c.Missing, c.Notes, c.At.Now))
        : Decision.Reject("file-not-in-sample", "This child's file is not in the sample.");
}

/// <summary>The checklist of a file (一人一档 contents, docs/domain.md §3).</summary>
public static class ChecklistItems
{
    public static readonly IReadOnlyList<string> All =
    [
        "basic-information", "visit-records", "work-log", "care-and-assistance-records", "problems-and-solutions",
        "care-agreement", "guardianship-assessment", "psychological-assessment",
    ];
}

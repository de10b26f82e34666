using System.Collections.Immutable;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Registry.Children;

/// <summary>A category the child is in, with the reasons and since when.</summary>
public sealed record ActiveCategory(IReadOnlyList<string> Reasons, DateOnly Since);

/// <summary>An open problem on the file, or a solved one with its solution.</summary>
public sealed record FileProblem(Guid ProblemId, string Description, DateOnly FoundOn, string? Solution, DateOnly? SolvedOn);

/// <summary>The child aggregate's state, folded from its stream: every fact the registry knows about the child.</summary>
public sealed record Child(Guid Id, ChildDetails Details, DateTimeOffset RegisteredAt)
{
    public ProtectedNationalId? NationalId { get; init; }
    /// <summary>The home address as stored (encrypted); null when none was recorded.</summary>
    public string? HomeAddress { get; init; }
    public string? School { get; init; }
    public ImmutableDictionary<ParentRole, ParentSituation> Parents { get; init; } = ImmutableDictionary<ParentRole, ParentSituation>.Empty;
    public ImmutableList<OtherGuardian> Guardians { get; init; } = [];
    public DelegatedCarer? Carer { get; init; }
    public ImmutableDictionary<string, RiskFactor> RiskFactors { get; init; } = ImmutableDictionary<string, RiskFactor>.Empty;
    public ImmutableDictionary<HardshipKind, FamilyHardship> Hardships { get; init; } = ImmutableDictionary<HardshipKind, FamilyHardship>.Empty;
    public ImmutableList<HarmRecord> Harms { get; init; } = [];
    public Guardianship? Guardianship { get; init; }
    public ImmutableList<GuardianshipAssessment> Assessments { get; init; } = [];
    public Guid? DirectorId { get; init; }
    public ImmutableDictionary<string, ActiveCategory> Categories { get; init; } = ImmutableDictionary<string, ActiveCategory>.Empty;
    public ImmutableList<FileProblem> Problems { get; init; } = [];
    public int WorkLogEntries { get; init; }

    /// <summary>What the command step needs: the fold, the jurisdiction (the child's village), the audit subject (the child).</summary>
    public static readonly StreamKind<Child> Kind = new("child", Evolve, c => c.Details.RegionCode, c => c.Id);

    /// <summary>The guardianship in force (parental unless recorded otherwise).</summary>
    public Guardianship CurrentGuardianship => Guardianship ?? Facts.Guardianship.Default(Details.BirthDate);

    /// <summary>Evolve: the state after one more event (null = not registered yet).</summary>
    public static Child? Evolve(Child? state, object @event) => (state, @event) switch
    {
        (_, ChildRegistered e) => new Child(e.ChildId, e.Details, e.RegisteredAt),
        (null, _) => null,
        (_, ChildDetailsCorrected e) => state with { Details = e.Details },
        (_, NationalIdRecorded e) => state with { NationalId = e.NationalId },
        (_, HomeAddressRecorded e) => state with { HomeAddress = e.Address },
        (_, SchoolRecorded e) => state with { School = e.School },
        (_, ParentSituationRecorded e) => state with { Parents = state.Parents.SetItem(e.Parent, e.Situation) },
        (_, GuardianAdded e) => state with { Guardians = state.Guardians.Add(e.Guardian) },
        (_, GuardianRemoved e) => state with { Guardians = state.Guardians.RemoveAll(g => g.GuardianId == e.GuardianId) },
        (_, CarerDelegated e) => state with { Carer = e.Carer },
        (_, CarerDelegationEnded) => state with { Carer = null },
        (_, RiskFactorFlagged e) => state with { RiskFactors = state.RiskFactors.SetItem(e.RiskFactor.Code, e.RiskFactor) },
        (_, RiskFactorCleared e) => state with { RiskFactors = state.RiskFactors.Remove(e.Code) },
        (_, FamilyHardshipRecorded e) => state with { Hardships = state.Hardships.SetItem(e.Hardship.Kind, e.Hardship) },
        (_, FamilyHardshipCleared e) => state with { Hardships = state.Hardships.Remove(e.Kind) },
        (_, HarmRecorded e) => state with { Harms = state.Harms.Add(e.Harm) },
        (_, HarmResolved e) => state with { Harms = state.Harms.RemoveAll(h => h.HarmId == e.HarmId) },
        (_, GuardianshipChanged e) => state with { Guardianship = e.Guardianship },
        (_, GuardianshipAssessed e) => state with { Assessments = state.Assessments.Add(e.Assessment) },
        (_, DirectorAssigned e) => state with { DirectorId = e.DirectorId },
        (_, CategoryEntered e) => state with { Categories = state.Categories.SetItem(e.Category, new ActiveCategory(e.Reasons, e.Since)) },
        (_, CategoryLeft e) => state with { Categories = state.Categories.Remove(e.Category) },
        (_, WorkLogNoted) => state with { WorkLogEntries = state.WorkLogEntries + 1 },
        (_, ProblemFound e) => state with { Problems = state.Problems.Add(new FileProblem(e.ProblemId, e.Description, e.FoundOn, null, null)) },
        (_, ProblemSolved e) => state with
        {
            Problems = state.Problems.Select(p => p.ProblemId == e.ProblemId ? p with { Solution = e.Solution, SolvedOn = e.SolvedOn } : p).ToImmutableList(),
        },
        _ => state,
    };
}

namespace ChildProtection.Registry.Coverage.Reading;

/// <summary>
/// Director and supervisor coverage of a county (or of the caller's part of it) for one year: the gaps to
/// fill and the yearly training rate, whose target in every one of the five local plans is 100%.
/// </summary>
/// <param name="Scope">The region prefix actually counted: the county, or the caller's narrower jurisdiction inside it.</param>
/// <param name="VillagesWithoutDirector">Registered villages with no active director.</param>
/// <param name="UnderstaffedVillages">Villages with more target children than one director can look after, but only one director.</param>
/// <param name="TownshipsWithoutSupervisor">Townships (the first 9 digits of registered villages) with no active supervisor.</param>
/// <param name="TrainedDirectors">Active directors with at least one training dated in <paramref name="Year"/>.</param>
/// <param name="TrainingCoverageRate">Trained as a percentage of active directors, one decimal; null when there are none.</param>
public sealed record CountyCoverage(
    string CountyCode, string Scope, int Year, int RegisteredVillages,
    IReadOnlyList<string> VillagesWithoutDirector,
    IReadOnlyList<UnderstaffedVillage> UnderstaffedVillages,
    IReadOnlyList<string> TownshipsWithoutSupervisor,
    int ActiveDirectors, int TrainedDirectors, decimal? TrainingCoverageRate, decimal TrainingTargetRate, bool TrainingTargetMet,
    IReadOnlyList<TownshipCoverage> Townships);

/// <summary>A village whose target children exceed the staffing threshold while it has only one active director.</summary>
public sealed record UnderstaffedVillage(string VillageCode, int TargetChildren, int ActiveDirectors, int Threshold);

/// <summary>The counts of one township.</summary>
public sealed record TownshipCoverage(string TownshipCode, int Villages, int VillagesWithoutDirector, int TargetChildren,
    int ActiveDirectors, int TrainedDirectors, int ActiveSupervisors);

/// <summary>What the read model says about one registered village.</summary>
public sealed record VillageFigures(string VillageCode, int TargetChildren, int ActiveDirectors, int TrainedDirectors)
{
    /// <summary>The township or street the village belongs to.</summary>
    public string TownshipCode => VillageCode[..9];
}

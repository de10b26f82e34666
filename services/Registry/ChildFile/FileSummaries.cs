using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Facts;
using static ChildProtection.Registry.Children.Facts.Codes;

namespace ChildProtection.Registry.ChildFile;

/// <summary>One line per registry event for the child's timeline: no names, no ID numbers (others may read the timeline).</summary>
public static class FileSummaries
{
    public static string? Describe(object data) => data switch
    {
        ChildRegistered => "File opened in the registry",
        ChildDetailsCorrected e => $"Basic details corrected (village {e.Details.RegionCode}, {Of(e.Details.Household)} household)",
        NationalIdRecorded => "National ID number recorded",
        HomeAddressRecorded => "Home address recorded",
        SchoolRecorded e => e.School is null ? "Recorded as not in school" : "School recorded",
        ParentSituationRecorded e => $"{Of(e.Parent)}: {Of(e.Situation.Kind)} since {e.Situation.Since:yyyy-MM-dd}"
                                     + (e.Situation.ExpectedEnd is { } end ? $", expected end {end:yyyy-MM-dd}" : ""),
        GuardianAdded e => $"Guardian added ({e.Guardian.Relation})",
        GuardianRemoved e => $"Guardian removed on {e.On:yyyy-MM-dd}",
        CarerDelegated e => $"Care delegated to a {Of(e.Carer.Relation)} ({(e.Carer.DirectRelative ? "direct relative" : "not a direct relative")}), "
                            + (e.Carer.Agreement.Signed ? $"agreement signed {e.Carer.Agreement.SignedOn:yyyy-MM-dd}" : "no written agreement")
                            + (e.Carer.UnfitFlags.Count > 0 ? $"; unfit: {string.Join(", ", e.Carer.UnfitFlags.Select(f => Of(f)))}" : ""),
        CarerDelegationEnded e => $"Delegated care ended on {e.On:yyyy-MM-dd}",
        RiskFactorFlagged e => $"Risk factor flagged: {e.RiskFactor.Label ?? e.RiskFactor.Code}",
        RiskFactorCleared e => $"Risk factor cleared: {e.Code}",
        FamilyHardshipRecorded e => $"Family {Of(e.Hardship.Kind)} hardship recorded",
        FamilyHardshipCleared e => $"Family {Of(e.Kind)} hardship cleared",
        HarmRecorded e => $"Harm recorded: {Of(e.Harm.Kind)} on {e.Harm.OccurredOn:yyyy-MM-dd}",
        HarmResolved e => $"Harm resolved on {e.On:yyyy-MM-dd}",
        GuardianshipChanged e => $"Guardianship: {Of(e.Guardianship.Status)}" + (e.Guardianship.Placement is { } p ? $", placed with {Of(p)}" : "")
                                 + $" since {e.Guardianship.Since:yyyy-MM-dd}",
        GuardianshipAssessed e => $"Guardianship assessed on {e.Assessment.AssessedOn:yyyy-MM-dd}: risk {Of(e.Assessment.RiskLevel)}, {Of(e.Assessment.Recommendation)}",
        DirectorAssigned => "Child director assigned",
        CategoryEntered e => $"Category {e.Category} since {e.Since:yyyy-MM-dd}: {string.Join("; ", e.Reasons)}",
        CategoryLeft e => $"Left category {e.Category} on {e.EndedOn:yyyy-MM-dd}: {string.Join("; ", e.Reasons)}",
        WorkLogNoted e => $"Work log ({e.Kind}) for {e.On:yyyy-MM-dd}",
        ProblemFound e => $"Problem found on {e.FoundOn:yyyy-MM-dd}",
        ProblemSolved e => $"Problem solved on {e.SolvedOn:yyyy-MM-dd}",
        _ => null,
    };
}

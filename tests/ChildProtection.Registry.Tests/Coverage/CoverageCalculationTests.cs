using ChildProtection.Registry.Coverage;
using ChildProtection.Registry.Policies;
using ChildProtection.Jurisdictions;
using ChildProtection.Registry.Coverage.Reading;

namespace ChildProtection.Registry.Tests;

/// <summary>The coverage rules on plain figures, and where the staffing threshold comes from.</summary>
public class CoverageCalculationTests
{
    private sealed class Threshold(int value) : IStaffingThreshold
    {
        public int For(string regionCode) => value;
    }

    private static readonly Dictionary<string, int> OneSupervisorInTownship100 = new() { ["120116100"] = 1 };

    [Fact]
    public void More_target_children_than_the_threshold_with_one_director_is_understaffed_and_the_threshold_itself_is_not()
    {
        VillageFigures[] villages = [new("120116100201", 31, 1, 1), new("120116100202", 30, 1, 0), new("120116100203", 45, 2, 2)];

        var coverage = CoverageCalculation.Calculate("120116", "120116", 2026, villages, OneSupervisorInTownship100, new Threshold(30));

        var flagged = Assert.Single(coverage.UnderstaffedVillages);
        Assert.Equal(new UnderstaffedVillage("120116100201", 31, 1, 30), flagged);
        Assert.Empty(coverage.VillagesWithoutDirector);
        Assert.Empty(coverage.TownshipsWithoutSupervisor);
    }

    [Fact]
    public void The_threshold_is_asked_per_village_so_a_lower_local_threshold_flags_more()
    {
        VillageFigures[] villages = [new("120116100202", 30, 1, 0)];
        var coverage = CoverageCalculation.Calculate("120116", "120116", 2026, villages, OneSupervisorInTownship100, new Threshold(25));
        Assert.Equal(25, Assert.Single(coverage.UnderstaffedVillages).Threshold);
    }

    [Fact]
    public void Training_rate_is_trained_over_active_directors_in_percent_with_one_decimal()
    {
        VillageFigures[] villages = [new("120116100201", 0, 1, 1), new("120116100202", 0, 1, 0), new("120116101201", 0, 1, 0), new("120116101202", 0, 0, 0)];

        var coverage = CoverageCalculation.Calculate("120116", "120116", 2026, villages, OneSupervisorInTownship100, new Threshold(30));

        Assert.Equal((3, 1, 33.3m, false), (coverage.ActiveDirectors, coverage.TrainedDirectors, coverage.TrainingCoverageRate, coverage.TrainingTargetMet));
        Assert.Equal(["120116101202"], coverage.VillagesWithoutDirector);
        Assert.Equal(["120116101"], coverage.TownshipsWithoutSupervisor);
        Assert.Equal(new TownshipCoverage("120116101", 2, 1, 0, 1, 0, 0), coverage.Townships[1]);
    }

    [Fact]
    public void Without_active_directors_the_training_rate_is_unknown_not_zero()
    {
        var coverage = CoverageCalculation.Calculate("120116", "120116", 2026, [new("120116100201", 3, 0, 0)], OneSupervisorInTownship100, new Threshold(30));
        Assert.Null(coverage.TrainingCoverageRate);
        Assert.False(coverage.TrainingTargetMet);
    }

    [Fact]
    public void The_threshold_comes_from_the_jurisdictions_policy_pack()
    {
        IStaffingThreshold threshold = new PackRegistryPolicies(PolicyPacks.Load());
        Assert.Equal(30, threshold.For("120116100201"));
        Assert.Equal(30, threshold.For("530102001001"));
    }
}

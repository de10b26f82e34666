using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Facts;
using static ChildProtection.Registry.Children.Facts.ParentSituationKind;

namespace ChildProtection.Registry.Tests.Categories;

/// <summary>困境儿童 (its three kinds) and single-parent-family children (only where the policy pack puts them in scope).</summary>
public class DifficultyAndSingleParentRulesTests : CategoryGiven
{
    [Fact]
    public void Family_poverty_makes_the_child_in_difficulty_with_the_evidence_as_reason()
    {
        var found = When(Given(new FamilyHardshipRecorded(Id, new FamilyHardship(HardshipKind.Medical, "hospital bills, township verification", new DateOnly(2024, 5, 1)), At)), "2025-01-01");
        Assert.Equal(["family medical hardship since 2024-05-01 (hospital bills, township verification)"], found[CategoryCodes.InDifficultyPoverty].Reasons);
    }

    [Fact]
    public void The_childs_own_disability_makes_them_in_difficulty()
    {
        var found = When(Given(new RiskFactorFlagged(Id, new RiskFactor(RiskFactorCodes.ChildDisability, null, new Disability(DisabilityType.Hearing, 2), new DateOnly(2019, 1, 1), false), At)), "2025-01-01");
        Assert.Equal(["own disability: hearing, grade 2"], found[CategoryCodes.InDifficultyDisability].Reasons);
    }

    [Fact]
    public void Harm_from_improper_guardianship_makes_the_child_in_difficulty_until_resolved()
    {
        var harm = new HarmRecord(Guid.NewGuid(), HarmKind.Abuse, new DateOnly(2025, 3, 1), "school report");
        var child = Given(new HarmRecorded(Id, harm, At));
        Assert.Contains(CategoryCodes.InDifficultyGuardianship, When(child, "2025-04-01").Keys);
        var resolved = Child.Evolve(child, new HarmResolved(Id, harm.HarmId, new DateOnly(2025, 6, 1), "placed with aunt", At))!;
        Assert.DoesNotContain(CategoryCodes.InDifficultyGuardianship, When(resolved, "2025-07-01").Keys);
    }

    [Fact]
    public void A_parent_dead_and_the_other_at_home_is_a_single_parent_family_where_the_pack_says_so()
    {
        var child = Given(Father(Dead, "2022-01-01"), Mother(Present, "2015-06-01"));
        Assert.Contains(CategoryCodes.SingleParentFamily, When(child, "2025-01-01", Liaoning).Keys);
        Assert.DoesNotContain(CategoryCodes.SingleParentFamily, When(child, "2025-01-01").Keys);
    }

    [Fact]
    public void A_recorded_single_parent_family_flag_counts_in_scope_only()
    {
        var child = Given(new RiskFactorFlagged(Id, new RiskFactor(RiskFactorCodes.SingleParentFamily, null, null, new DateOnly(2023, 1, 1), false), At));
        Assert.Equal(new DateOnly(2023, 1, 1), When(child, "2025-01-01", Liaoning)[CategoryCodes.SingleParentFamily].Since);
        Assert.Empty(When(child, "2025-01-01"));
    }
}

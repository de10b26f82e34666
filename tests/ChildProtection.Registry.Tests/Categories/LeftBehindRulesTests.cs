using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Facts;
using static ChildProtection.Registry.Children.Facts.ParentSituationKind;

namespace ChildProtection.Registry.Tests.Categories;

/// <summary>农村留守儿童: rural household, under 16, both parents away or one away and the other without guardianship capacity.</summary>
public class LeftBehindRulesTests : CategoryGiven
{
    [Fact]
    public void Both_parents_working_away_make_a_rural_child_left_behind_from_the_later_departure()
    {
        var found = When(Given(Father(WorkingAway, "2024-03-01"), Mother(WorkingAway, "2024-08-15")), "2025-01-01");
        var leftBehind = found[CategoryCodes.RuralLeftBehind];
        Assert.Equal(new DateOnly(2024, 8, 15), leftBehind.Since);
        Assert.Contains("both parents work away", leftBehind.Reasons);
    }

    [Fact]
    public void Father_away_and_mother_imprisoned_is_left_behind_but_not_de_facto_unsupported()
    {
        // The Liaoning plan's scenario: father working away, mother imprisoned for two years, grandmother caring.
        var found = When(Given(Father(WorkingAway, "2023-02-01"), Mother(Imprisoned, "2025-03-01", "2027-03-01")), "2025-06-01");
        Assert.Contains(CategoryCodes.RuralLeftBehind, found.Keys);
        Assert.Contains(found[CategoryCodes.RuralLeftBehind].Reasons, r => r.StartsWith("mother lacks guardianship capacity: imprisoned", StringComparison.Ordinal));
        Assert.DoesNotContain(CategoryCodes.DeFactoUnsupported, found.Keys);
    }

    [Fact]
    public void One_parent_away_and_the_other_at_home_is_not_left_behind()
    {
        var found = When(Given(Father(WorkingAway, "2024-03-01"), Mother(Present, "2015-06-01")), "2025-01-01");
        Assert.Empty(found);
    }

    [Fact]
    public void An_urban_household_is_never_rural_left_behind()
    {
        var found = When(Given(Household.Urban, Father(WorkingAway, "2024-03-01"), Mother(WorkingAway, "2024-03-01")), "2025-01-01");
        Assert.DoesNotContain(CategoryCodes.RuralLeftBehind, found.Keys);
    }

    [Fact]
    public void A_left_behind_child_leaves_the_category_on_the_16th_birthday()
    {
        var child = Reconciled(Given(Father(WorkingAway, "2024-03-01"), Mother(WorkingAway, "2024-03-01")), "2031-05-31");
        Assert.Contains(CategoryCodes.RuralLeftBehind, child.Categories.Keys);

        var events = CategoryReconciler.Reconcile(child, new DateOnly(2031, 6, 1), RegistryPolicy.National, At);

        var left = Assert.IsType<CategoryLeft>(Assert.Single(events));
        Assert.Equal(CategoryCodes.RuralLeftBehind, left.Category);
        Assert.Equal(new DateOnly(2031, 6, 1), left.EndedOn);
        Assert.Equal(["turned 16 on 2031-06-01"], left.Reasons);
    }

    [Fact]
    public void A_parent_whose_custody_has_ended_no_longer_lacks_capacity()
    {
        var child = Given(Father(WorkingAway, "2023-02-01"), Mother(Detained, "2025-01-01", "2025-12-31"));
        Assert.Contains(CategoryCodes.RuralLeftBehind, When(child, "2025-12-30").Keys);
        Assert.DoesNotContain(CategoryCodes.RuralLeftBehind, When(child, "2025-12-31").Keys);
    }

    [Fact]
    public void A_parent_with_a_mild_disability_does_not_lack_capacity()
    {
        var found = When(Given(Father(WorkingAway, "2023-02-01"), Mother(SevereDisability, "2020-01-01", disability: new Disability(DisabilityType.Physical, 4))), "2025-01-01");
        Assert.DoesNotContain(CategoryCodes.RuralLeftBehind, found.Keys);
    }
}

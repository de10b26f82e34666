using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Facts;
using static ChildProtection.Registry.Children.Facts.ParentSituationKind;

namespace ChildProtection.Registry.Tests.Categories;

/// <summary>孤儿 and 事实无人抚养儿童 (民发〔2019〕62号): the combinations, the six-month thresholds, severity, age 18.</summary>
public class OrphanAndUnsupportedRulesTests : CategoryGiven
{
    [Theory]
    [InlineData(Dead, Dead)]
    [InlineData(Dead, DeclaredMissing)]
    [InlineData(DeclaredMissing, DeclaredMissing)]
    public void Both_parents_dead_or_declared_missing_make_an_orphan_not_de_facto_unsupported(ParentSituationKind father, ParentSituationKind mother)
    {
        var found = When(Given(Father(father, "2020-01-01"), Mother(mother, "2022-05-01")), "2025-01-01");
        Assert.Equal(new DateOnly(2022, 5, 1), found[CategoryCodes.Orphan].Since);
        Assert.DoesNotContain(CategoryCodes.DeFactoUnsupported, found.Keys);
    }

    [Fact]
    public void Both_parents_meeting_a_condition_make_the_child_de_facto_unsupported()
    {
        var found = When(Given(
            Father(Imprisoned, "2024-01-01", "2030-01-01"),
            Mother(SevereDisability, "2019-01-01", disability: new Disability(DisabilityType.Physical, 2))), "2025-01-01");
        var unsupported = found[CategoryCodes.DeFactoUnsupported];
        Assert.Equal(new DateOnly(2024, 1, 1), unsupported.Since);
        Assert.Contains("both parents meet a de-facto-unsupported condition", unsupported.Reasons);
    }

    [Fact]
    public void One_parent_dead_and_the_other_meeting_a_condition_makes_the_child_de_facto_unsupported()
    {
        var found = When(Given(Father(Dead, "2021-01-01"), Mother(GuardianshipRevoked, "2024-09-01")), "2025-01-01");
        Assert.Contains("one parent dead or missing and the other meets a condition", found[CategoryCodes.DeFactoUnsupported].Reasons);
    }

    [Fact]
    public void One_parent_dead_and_the_other_working_away_is_not_de_facto_unsupported()
    {
        var found = When(Given(Father(Dead, "2021-01-01"), Mother(WorkingAway, "2024-09-01")), "2025-01-01");
        Assert.DoesNotContain(CategoryCodes.DeFactoUnsupported, found.Keys);
        Assert.Contains(CategoryCodes.RuralLeftBehind, found.Keys);
    }

    [Theory]
    [InlineData("2024-01-01", "2024-06-30", false)] // a sentence of under six months does not count
    [InlineData("2024-01-01", "2024-07-01", true)]  // six months counts
    public void Deprivation_of_liberty_counts_from_six_months(string since, string end, bool counts)
    {
        var found = When(Given(Father(Dead, "2020-01-01"), Mother(Imprisoned, since, end)), "2024-03-01");
        Assert.Equal(counts, found.ContainsKey(CategoryCodes.DeFactoUnsupported));
    }

    [Fact]
    public void Lost_contact_counts_six_months_after_the_police_accepted_the_report()
    {
        var child = Given(Father(Dead, "2020-01-01"), Mother(LostContact, "2024-03-10"));
        Assert.DoesNotContain(CategoryCodes.DeFactoUnsupported, When(child, "2024-09-09").Keys);
        Assert.Equal(new DateOnly(2024, 9, 10), When(child, "2024-09-10")[CategoryCodes.DeFactoUnsupported].Since);
        Assert.Equal(new DateOnly(2024, 9, 10), CategoryRules.NextReview(child, new DateOnly(2024, 6, 1)));
    }

    [Theory]
    [InlineData(DisabilityType.Physical, 2, true)]
    [InlineData(DisabilityType.Visual, 1, true)]
    [InlineData(DisabilityType.Physical, 3, false)]
    [InlineData(DisabilityType.Intellectual, 3, true)]
    [InlineData(DisabilityType.Mental, 4, true)]
    [InlineData(DisabilityType.Hearing, 4, false)]
    public void Severe_disability_is_grade_1_or_2_or_mental_or_intellectual_grade_3_or_4(DisabilityType type, int grade, bool severe)
    {
        var found = When(Given(Father(Dead, "2020-01-01"), Mother(SevereDisability, "2020-01-01", disability: new Disability(type, grade))), "2025-01-01");
        Assert.Equal(severe, found.ContainsKey(CategoryCodes.DeFactoUnsupported));
    }

    [Fact]
    public void When_the_remaining_parent_dies_the_child_moves_from_de_facto_unsupported_to_orphan()
    {
        var child = Reconciled(Given(Father(Dead, "2020-01-01"), Mother(Deported, "2024-01-01")), "2025-01-01");
        Assert.Contains(CategoryCodes.DeFactoUnsupported, child.Categories.Keys);

        var after = Child.Evolve(child, Mother(Dead, "2025-02-01"))!;
        var events = CategoryReconciler.Reconcile(after, new DateOnly(2025, 2, 2), RegistryPolicy.National, At);

        Assert.Contains(events, e => e is CategoryLeft { Category: CategoryCodes.DeFactoUnsupported });
        Assert.Contains(events, e => e is CategoryEntered { Category: CategoryCodes.Orphan });
    }

    [Fact]
    public void Every_category_ends_on_the_18th_birthday()
    {
        var child = Reconciled(Given(Father(Dead, "2020-01-01"), Mother(Dead, "2021-01-01")), "2033-05-31");
        Assert.Contains(CategoryCodes.Orphan, child.Categories.Keys);

        var left = Assert.IsType<CategoryLeft>(Assert.Single(CategoryReconciler.Reconcile(child, new DateOnly(2033, 6, 1), RegistryPolicy.National, At)));
        Assert.Equal(["turned 18 on 2033-06-01"], left.Reasons);
        Assert.Equal(new DateOnly(2033, 6, 1), left.EndedOn);
    }

    [Fact]
    public void Reconciling_an_up_to_date_child_changes_nothing()
    {
        var child = Reconciled(Given(Father(Dead, "2020-01-01"), Mother(Dead, "2021-01-01")), "2025-01-01");
        Assert.Empty(CategoryReconciler.Reconcile(child, new DateOnly(2025, 1, 2), RegistryPolicy.National, At));
    }

    [Fact]
    public void An_early_release_recorded_days_later_ends_de_facto_unsupported_on_the_release_date_not_the_recording_date()
    {
        var child = Reconciled(Given(Father(Imprisoned, "2024-01-01", "2027-01-01"), Mother(LostContact, "2024-06-01")), "2025-06-01");
        Assert.Contains(CategoryCodes.DeFactoUnsupported, child.Categories.Keys);

        var released = Child.Evolve(child, Father(Present, "2026-01-28"))!;
        var left = Assert.IsType<CategoryLeft>(Assert.Single(CategoryReconciler.Reconcile(released, new DateOnly(2026, 2, 3), RegistryPolicy.National, At)));
        Assert.Equal(new DateOnly(2026, 1, 28), left.EndedOn);
    }

    [Fact]
    public void A_custody_that_ended_before_the_review_ran_ends_de_facto_unsupported_on_its_end_date()
    {
        var child = Reconciled(Given(Father(Dead, "2020-01-01"), Mother(Detained, "2025-01-01", "2026-01-28")), "2025-06-01");
        Assert.Contains(CategoryCodes.DeFactoUnsupported, child.Categories.Keys);

        var left = Assert.IsType<CategoryLeft>(Assert.Single(CategoryReconciler.Reconcile(child, new DateOnly(2026, 2, 3), RegistryPolicy.National, At),
            e => e is CategoryLeft));
        Assert.Equal(new DateOnly(2026, 1, 28), left.EndedOn);
    }
}

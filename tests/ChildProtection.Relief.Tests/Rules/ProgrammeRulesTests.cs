using ChildProtection.Relief.Rules;
using static ChildProtection.Relief.Tests.Rules.Given;

namespace ChildProtection.Relief.Tests.Rules;

/// <summary>Given the child's facts and the pack, when the rules run on a date, then these programmes apply.</summary>
public class ProgrammeRulesTests
{
    private static readonly DateOnly Birth = new(2010, 5, 20);

    private static IReadOnlyList<string> Programmes(Facts.ChildFacts f, DateOnly on, string region = NationalVillage) =>
        [.. ProgrammeRules.Evaluate(f, on, PolicyOf(region)).Select(e => e.Programme)];

    [Fact]
    public void De_facto_unsupported_child_is_eligible_for_the_allowance_with_reasons_and_missing_evidence()
    {
        var child = Child(Birth).In(Categories.DeFactoUnsupported, new DateOnly(2026, 1, 1), "father: imprisoned", "mother: lost contact");
        var e = Assert.Single(ProgrammeRules.Evaluate(child, new DateOnly(2026, 6, 1), PolicyOf(NationalVillage)));
        Assert.Equal(Relief.Rules.Programmes.DeFactoUnsupportedAllowance, e.Programme);
        Assert.Contains("father: imprisoned", e.Reasons);
        Assert.Contains(e.MissingEvidence, m => m.Contains("police acceptance receipt", StringComparison.Ordinal));
    }

    [Fact]
    public void The_allowance_holds_the_day_before_the_18th_birthday_and_ends_on_it()
    {
        var child = Child(Birth).In(Categories.DeFactoUnsupported, new DateOnly(2020, 1, 1));
        Assert.Contains(Relief.Rules.Programmes.DeFactoUnsupportedAllowance, Programmes(child, Birth.AddYears(18).AddDays(-1)));
        Assert.Empty(Programmes(child, Birth.AddYears(18)));
    }

    [Fact]
    public void An_orphan_gets_the_orphan_allowance_never_both_allowances()
    {
        var child = Child(Birth).In(Categories.Orphan, new DateOnly(2024, 1, 1)).In(Categories.DeFactoUnsupported, new DateOnly(2023, 1, 1));
        Assert.Equal([Relief.Rules.Programmes.OrphanAllowance], Programmes(child, new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Extreme_poverty_support_holds_until_the_day_before_the_16th_birthday()
    {
        var child = Child(Birth).In(Categories.Poverty, new DateOnly(2024, 1, 1)) with { Guardianship = "long-term-state" };
        Assert.Contains(Relief.Rules.Programmes.ExtremePovertySupport, Programmes(child, Birth.AddYears(16).AddDays(-1)));
        var at16 = Programmes(child, Birth.AddYears(16));
        Assert.DoesNotContain(Relief.Rules.Programmes.ExtremePovertySupport, at16);
        Assert.Contains(Relief.Rules.Programmes.MinimumLivingGuarantee, at16);
    }

    [Fact]
    public void Extreme_poverty_needs_no_able_supporter()
    {
        var child = Child(Birth).In(Categories.Poverty, new DateOnly(2024, 1, 1)) with { Guardianship = "parental" };
        Assert.Equal([Relief.Rules.Programmes.MinimumLivingGuarantee], Programmes(child, new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void An_allowance_covers_basic_living_so_minimum_living_and_extreme_poverty_are_not_proposed_on_top()
    {
        var child = Child(Birth).In(Categories.DeFactoUnsupported, new DateOnly(2024, 1, 1)).In(Categories.Poverty, new DateOnly(2024, 1, 1))
            with { Guardianship = "long-term-state" };
        Assert.Equal([Relief.Rules.Programmes.DeFactoUnsupportedAllowance], Programmes(child, new DateOnly(2024, 6, 1)));
    }

    [Fact]
    public void Minimum_living_guarantee_asks_for_the_household_economic_verification_platform_verdict()
    {
        var child = Child(Birth).In(Categories.Poverty, new DateOnly(2024, 1, 1));
        var e = Assert.Single(ProgrammeRules.Evaluate(child, new DateOnly(2024, 6, 1), PolicyOf(NationalVillage)));
        Assert.Contains(e.MissingEvidence, m => m.StartsWith("household economic status verification platform verdict", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(NationalVillage, 6, true)]
    [InlineData(NationalVillage, 7, false)]
    [InlineData(BaotouVillage, 10, true)]
    [InlineData(BaotouVillage, 11, false)]
    public void Rehabilitation_aid_age_range_comes_from_the_pack(string region, int birthdayReached, bool eligible)
    {
        var born = new DateOnly(2015, 2, 28);
        var child = Child(born, region) with { Disabled = true };
        // On the birthday itself the child has that age: 6 (national) and 10 (Baotou) still qualify, 7 and 11 do not.
        Assert.Equal(eligible, Programmes(child, born.AddYears(birthdayReached), region).Contains(Relief.Rules.Programmes.RehabilitationAid));
        Assert.Contains(Relief.Rules.Programmes.RehabilitationAid, Programmes(child, born.AddYears(birthdayReached).AddDays(-1), region));
    }

    [Fact]
    public void Rehabilitation_aid_needs_a_recorded_disability_and_names_the_residence_evidence()
    {
        var child = Child(new DateOnly(2022, 1, 1));
        Assert.Empty(Programmes(child, new DateOnly(2024, 1, 1)));
        var e = Assert.Single(ProgrammeRules.Evaluate(child with { Disabled = true }, new DateOnly(2024, 1, 1), PolicyOf(NationalVillage)));
        Assert.Contains("local household registration or residence permit (户籍或居住证)", e.MissingEvidence);
    }

    [Fact]
    public void Tianjin_routes_hardship_outside_the_de_facto_conditions_to_social_assistance()
    {
        var child = Child(Birth, TianjinVillage) with { ReliefRequestedOn = new DateOnly(2024, 3, 1) };
        Assert.Equal([Relief.Rules.Programmes.MinimumLivingGuarantee, Relief.Rules.Programmes.TemporaryAssistance],
            Programmes(child, new DateOnly(2024, 3, 2), TianjinVillage));
        var national = child with { RegionCode = NationalVillage };
        Assert.Equal([Relief.Rules.Programmes.TemporaryAssistance], Programmes(national, new DateOnly(2024, 3, 2)));
        // A de-facto-unsupported child in Tianjin gets the allowance, not the social-assistance route.
        var unsupported = child.In(Categories.DeFactoUnsupported, new DateOnly(2024, 1, 1));
        Assert.Equal([Relief.Rules.Programmes.DeFactoUnsupportedAllowance], Programmes(unsupported, new DateOnly(2024, 3, 2), TianjinVillage));
    }

    [Fact]
    public void Tianjin_extreme_poverty_route_for_a_child_under_16_without_an_able_supporter()
    {
        var child = Child(Birth, TianjinVillage) with { ReliefRequestedOn = new DateOnly(2024, 3, 1), Guardianship = "temporary-state" };
        Assert.Contains(Relief.Rules.Programmes.ExtremePovertySupport, Programmes(child, new DateOnly(2024, 3, 2), TianjinVillage));
    }

    [Fact]
    public void Nothing_is_eligible_before_birth_or_without_a_region()
    {
        var child = Child(Birth).In(Categories.Orphan, Birth);
        Assert.Empty(Programmes(child, Birth.AddDays(-1)));
        Assert.Empty(ProgrammeRules.Evaluate(child with { RegionCode = null }, Birth.AddYears(1), PolicyOf(NationalVillage)));
    }

    [Theory]
    [InlineData("2026-01-31", "2026-02-01")]
    [InlineData("2026-12-01", "2027-01-01")]
    [InlineData("2026-02-28", "2026-03-01")]
    public void Entitlements_start_and_end_the_month_after(string day, string month) =>
        Assert.Equal(DateOnly.Parse(month, System.Globalization.CultureInfo.InvariantCulture),
            ProgrammeRules.MonthAfter(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Age_counts_the_birthday_itself()
    {
        Assert.Equal(15, ProgrammeRules.AgeOn(Birth, Birth.AddYears(16).AddDays(-1)));
        Assert.Equal(16, ProgrammeRules.AgeOn(Birth, Birth.AddYears(16)));
        var leap = new DateOnly(2008, 2, 29);
        Assert.Equal(17, ProgrammeRules.AgeOn(leap, new DateOnly(2026, 2, 27)));
        Assert.Equal(18, ProgrammeRules.AgeOn(leap, new DateOnly(2026, 2, 28)));
    }

    [Fact]
    public void Pack_terms_national_and_local()
    {
        var national = PolicyOf(NationalVillage);
        Assert.Equal((1440, 18, 16, 12), (national.AllowanceMonthlyYuan, national.AllowanceMaxAgeYears, national.ExtremePovertyMaxAgeYears, national.AllowanceReviewMonths));
        Assert.False(national.HardshipRoutedToSocialAssistance);
        Assert.True(PolicyOf(TianjinVillage).HardshipRoutedToSocialAssistance);
        Assert.Equal(12, ProgrammeRules.ReviewMonths(Relief.Rules.Programmes.MinimumLivingGuarantee, national));
        Assert.Null(ProgrammeRules.ReviewMonths(Relief.Rules.Programmes.TemporaryAssistance, national));
    }
}

using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Facts;

namespace ChildProtection.Registry.Tests.Categories;

/// <summary>Given facts about a child / when the rules run on a date / then these categories: no database.</summary>
public abstract class CategoryGiven
{
    protected static readonly Guid Id = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    protected static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    protected static readonly DateOnly Birth = new(2015, 6, 1);
    protected static readonly RegistryPolicy Liaoning = RegistryPolicy.National with
    {
        SingleParentFamilyInScope = true, CareAgreementWhenCarerNotDirectRelative = true, PackId = "liaoning",
    };

    protected static Child Given(params object[] facts) => Given(Household.Rural, facts);

    protected static Child Given(Household household, params object[] facts) =>
        facts.Aggregate((Child?)new Child(Id, new ChildDetails("测试", Gender.Female, Birth, "210521100200", household), At), Child.Evolve)!;

    protected static ParentSituationRecorded Father(ParentSituationKind kind, string since, string? end = null, Disability? disability = null) =>
        Parent(ParentRole.Father, kind, since, end, disability);

    protected static ParentSituationRecorded Mother(ParentSituationKind kind, string since, string? end = null, Disability? disability = null) =>
        Parent(ParentRole.Mother, kind, since, end, disability);

    private static ParentSituationRecorded Parent(ParentRole role, ParentSituationKind kind, string since, string? end, Disability? disability) =>
        new(Id, role, new ParentSituation(kind, DateOnly.Parse(since), end is null ? null : DateOnly.Parse(end), disability), At);

    protected static IReadOnlyDictionary<string, CategoryFinding> When(Child child, string today, RegistryPolicy? policy = null) =>
        CategoryRules.Evaluate(child, DateOnly.Parse(today), policy ?? RegistryPolicy.National).ToDictionary(f => f.Category);

    /// <summary>The child as it stands after the categories were reconciled on <paramref name="today"/>.</summary>
    protected static Child Reconciled(Child child, string today, RegistryPolicy? policy = null) =>
        CategoryReconciler.Reconcile(child, DateOnly.Parse(today), policy ?? RegistryPolicy.National, At).Aggregate((Child?)child, Child.Evolve)!;
}

using ChildProtection.Jurisdictions;
using ChildProtection.Visits.Plans;

namespace ChildProtection.Visits.Tests;

/// <summary>Plans and the real policy packs for the pure tests.</summary>
public static class Plans
{
    public static readonly PolicyPacks Packs = PolicyPacks.Load();

    /// <summary>Villages in each of the five plans' jurisdictions (and one with only national rules).</summary>
    public const string National = "110101001001", Tianjin = "120101001001", Binhai = "120116100201", Shanxi = "140105001001",
        Jincheng = "140502100201", Benxi = "210502100201", Baotou = "150202100201";

    public static VisitPolicy PolicyOf(string region) => Packs.Resolve(region).Visits;

    public static Plan Open(string region, DateOnly openedOn, string[]? categories = null, string[]? risks = null) =>
        new(Guid.NewGuid(), region, Guid.NewGuid(), true, openedOn, null, categories ?? ["in-difficulty-poverty"], risks ?? [], [], [], null);

    public static Plan Visited(this Plan plan, DateOnly on, string kind = VisitKinds.HomeVisit) =>
        plan with { Visits = [.. plan.Visits, new VisitDay(Guid.NewGuid(), on, kind)] };

    public static DateOnly D(int y, int m, int d) => new(y, m, d);
}

using ChildProtection.Jurisdictions;

namespace ChildProtection.Procuratorate.Tests.Domain;

public class ProcuratoratePolicyTests
{
    private static readonly PolicyPacks Packs = PolicyPacks.Load();

    [Theory]
    [InlineData("120116001001")]
    [InlineData("140500")]
    [InlineData("210500")]
    [InlineData("150200")]
    public void Every_seed_jurisdiction_uses_the_statutory_clocks(string region)
    {
        var policy = Packs.Resolve(region);
        Assert.Equal(new ProcuratoratePolicy(3, 30, 2, 15, 2, 15, 30), policy.Procuratorate);
        Assert.Contains("第二十一条", policy.Sources[PolicyPaths.AdministrativePreSuitReplyMonths].Source, StringComparison.Ordinal);
        Assert.Contains("第十三条", policy.Sources[PolicyPaths.CivilNoticeDays].Source, StringComparison.Ordinal);
        Assert.StartsWith("[open]", policy.Sources[PolicyPaths.SupervisionCheckIns].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_explanation_names_every_procuratorate_value()
    {
        var explained = Packs.Explain("120116");
        foreach (var path in new[] { PolicyPaths.SupervisionCheckIns, PolicyPaths.SupervisionCheckInIntervalDays, PolicyPaths.RecommendationReplyMonths,
                     PolicyPaths.RecommendationUrgentReplyDays, PolicyPaths.AdministrativePreSuitReplyMonths, PolicyPaths.AdministrativePreSuitUrgentReplyDays,
                     PolicyPaths.CivilNoticeDays })
            Assert.Equal("national", explained.Values[path].PackId);
    }
}

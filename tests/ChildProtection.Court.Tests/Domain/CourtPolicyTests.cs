using ChildProtection.Jurisdictions;

namespace ChildProtection.Court.Tests.Domain;

public class CourtPolicyTests
{
    private static readonly PolicyPacks Packs = PolicyPacks.Load();

    [Theory]
    [InlineData("120116001001")]
    [InlineData("140500")]
    [InlineData("210500")]
    [InlineData("150200")]
    public void Every_seed_jurisdiction_uses_the_statutory_court_clocks(string region)
    {
        var policy = Packs.Resolve(region);
        Assert.Equal(new CourtPolicy(72, 24, 12, 1, 30), policy.Court);
        Assert.Contains("第二十八条", policy.Sources[PolicyPaths.ProtectionOrderDecisionHours].Source, StringComparison.Ordinal);
        Assert.Contains("第一百一十四条", policy.Sources[PolicyPaths.JudicialRecommendationReplyMonths].Source, StringComparison.Ordinal);
        Assert.StartsWith("[open]", policy.Sources[PolicyPaths.RevocationPetitionWindowDays].Source, StringComparison.Ordinal);
        Assert.StartsWith("[open]", policy.Sources[PolicyPaths.PresidentEscalationHours].Source, StringComparison.Ordinal);
    }
}

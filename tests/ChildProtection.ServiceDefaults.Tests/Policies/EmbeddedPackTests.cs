using ChildProtection.Jurisdictions;

namespace ChildProtection.ServiceDefaults.Tests.Jurisdictions;

public sealed class EmbeddedPackTests
{
    [Fact]
    public void The_embedded_packs_load_one_per_seed_jurisdiction_and_national()
    {
        var packs = PolicyPacks.Load().Packs;

        Assert.Equal(
            [("national", ""), ("tianjin", "12"), ("shanxi", "14"), ("liaoning", "21"),
             ("jincheng", "1405"), ("baotou", "1502"), ("benxi", "2105"), ("binhai", "120116")],
            packs.Select(p => (p.Id, p.RegionPrefix)));
        Assert.All(packs, p => Assert.StartsWith("Jurisdictions/Packs/", p.File));
        Assert.All(packs, p => Assert.True(p.Version >= 1));
    }

    [Theory]
    [InlineData("120116001002", "002_96d006e200f61d0b.txt")]
    [InlineData("140502", "001_370114a940edaca6.txt")]
    [InlineData("210521", "003_141bd3162f4f847e.txt")]
    [InlineData("150203", "004_7eb6dedaa97036fc.txt")]
    public void Each_local_pack_cites_its_seed_document(string regionCode, string seedFile)
    {
        var packs = PolicyPacks.Load();
        var own = packs.Packs.Single(p => p.Id == packs.Resolve(regionCode).Packs[0]);
        Assert.Contains(seedFile, own.Source);
    }

    [Fact]
    public void Every_value_a_local_pack_sets_cites_a_seed_file()
    {
        var packs = PolicyPacks.Load();
        var local = packs.Packs.Where(p => p.RegionPrefix.Length > 0).Select(p => p.RegionPrefix);
        var sources = local.SelectMany(prefix => packs.Resolve(prefix).Sources.Values).Where(s => s.PackId != "national");
        Assert.All(sources, s => Assert.Matches(@"00[0-4]_[0-9a-f]{16}\.txt", s.Source));
    }
}

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
    [InlineData("120000", "津民发〔2024〕3号")]
    [InlineData("120116001002", "《滨海新区农村留守儿童和困境儿童关爱服务质量提升三年行动方案》")]
    [InlineData("140000", "晋民发〔2023〕48号")]
    [InlineData("140502", "晋市民〔2024〕17号")]
    [InlineData("210000", "辽民发〔2024〕3号")]
    [InlineData("210521", "本民发〔2024〕6号")]
    [InlineData("150203", "《包头市留守儿童和困境儿童关爱服务质量提升三年行动实施方案》")]
    public void Each_local_pack_cites_its_official_document(string regionCode, string document)
    {
        var packs = PolicyPacks.Load();
        var own = packs.Packs.Single(p => p.Id == packs.Resolve(regionCode).Packs[0]);
        Assert.Contains(document, own.Source);
    }

    [Fact]
    public void Every_value_a_local_pack_sets_cites_an_official_document_by_number_or_title()
    {
        var packs = PolicyPacks.Load();
        var local = packs.Packs.Where(p => p.RegionPrefix.Length > 0).Select(p => p.RegionPrefix);
        var sources = local.SelectMany(prefix => packs.Resolve(prefix).Sources.Values).Where(s => s.PackId != "national");
        Assert.All(sources, s => Assert.Matches(@"〔20\d\d〕\d+号|滨海新区方案|包头市实施方案|《", s.Source));
    }

    [Fact]
    public void No_citation_names_a_file_a_reader_of_the_repository_does_not_have()
    {
        var packs = PolicyPacks.Load();
        var sources = packs.Packs.Select(p => p.Source)
            .Concat(packs.Packs.Select(p => p.RegionPrefix.Length == 0 ? "99" : p.RegionPrefix).SelectMany(prefix => packs.Resolve(prefix).Sources.Values.Select(v => v.Source)));
        Assert.All(sources, s => Assert.DoesNotMatch(@"\.txt|seeds?\b|DOMAIN\.md|\.\./shared", s));
    }
}

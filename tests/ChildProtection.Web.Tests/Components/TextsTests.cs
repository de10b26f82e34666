using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ChildProtection.Testing;
using ChildProtection.Web.Localization;

namespace ChildProtection.Web.Tests.Components;

/// <summary>Texts live in resource files, in both languages; dates read the Chinese way.</summary>
public sealed partial class TextsTests
{
    private static readonly string Web = Path.Combine(ServiceProcess.RepoRoot, "gateway", "ChildProtection.Web");

    private static HashSet<string> Keys(string file) =>
        [.. XDocument.Load(Path.Combine(Web, "Resources", file)).Root!.Elements("data").Select(d => d.Attribute("name")!.Value)];

    [Fact]
    public void Every_text_the_markup_asks_for_is_in_the_chinese_and_the_english_resources()
    {
        var zh = Keys("Texts.resx");
        var en = Keys("Texts.en.resx");
        var used = Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(f => TextKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        Assert.NotEmpty(used);
        Assert.Empty(used.Except(zh));
        Assert.Empty(zh.Except(en));
        Assert.Equal(Keys("Codes.resx").Order(), Keys("Codes.en.resx").Order());
    }

    [Fact]
    public void Dates_are_written_the_chinese_way_and_times_in_china_time()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        Assert.Equal("2026年12月8日", ChinaTime.Date(new DateOnly(2026, 12, 8)));
        Assert.Equal("2026年12月8日", ChinaTime.Date("2026-12-08"));
        Assert.Equal("2026年12月9日 01:30", ChinaTime.DateTime(new DateTimeOffset(2026, 12, 8, 17, 30, 0, TimeSpan.Zero)));
        Assert.Equal("2027年1月", ChinaTime.Month("2027-01-01"));
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        Assert.Equal("8 Dec 2026", ChinaTime.Date(new DateOnly(2026, 12, 8)));
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
    }

    [GeneratedRegex(@"\bL\[""([A-Za-z0-9_.]+)""")]
    private static partial Regex TextKey();
}

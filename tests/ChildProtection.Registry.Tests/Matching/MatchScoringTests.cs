using ChildProtection.Registry.Matching;

namespace ChildProtection.Registry.Tests.Matching;

/// <summary>One matcher for registration de-duplication and ChildDirectory.Lookup.</summary>
public class MatchScoringTests
{
    private static readonly MatchRecord Registered = new(Guid.NewGuid(), "王小明", new DateOnly(2015, 3, 2), "120116100201", "index-1");

    [Fact]
    public void The_same_id_number_is_certain_whatever_the_name()
    {
        var (score, reasons) = MatchScoring.Score(new MatchQuery("index-1", "别名", null, null), Registered);
        Assert.Equal(1.0, score);
        Assert.Equal(["same national ID number"], reasons);
    }

    [Theory]
    [InlineData("王小明", "2015-03-02", "120116100201", 0.9)] // same village: a duplicate
    [InlineData("王 小明", "2015-03-02", "120116100201", 0.9)] // spacing does not matter
    [InlineData("王小明", "2015-03-02", "120116", 0.8)]       // same name and birth, region only
    [InlineData("王晓明", "2015-03-02", "120116100201", 0.7)] // one character differs
    [InlineData("王小明", "2015-03-03", "120116100201", 0.0)] // another birth date
    [InlineData("李小明", "2015-03-02", "120116100201", 0.0)] // another surname
    public void Name_birth_date_and_place_score(string name, string birth, string region, double expected) =>
        Assert.Equal(expected, MatchScoring.Score(new MatchQuery(null, name, DateOnly.Parse(birth), region), Registered).Score);
}

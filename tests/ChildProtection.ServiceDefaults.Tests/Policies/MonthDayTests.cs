using ChildProtection.Jurisdictions;

namespace ChildProtection.ServiceDefaults.Tests.Jurisdictions;

public sealed class MonthDayTests
{
    [Theory]
    [InlineData("11-15", 11, 15)]
    [InlineData("02-29", 2, 29)]
    [InlineData("01-01", 1, 1)]
    public void A_month_day_reads_MM_dd(string text, int month, int day)
    {
        Assert.Equal(new MonthDay(month, day), MonthDay.Parse(text));
        Assert.Equal(text, MonthDay.Parse(text).ToString());
    }

    [Theory]
    [InlineData("1-15")]
    [InlineData("11/15")]
    [InlineData("13-01")]
    [InlineData("04-31")]
    [InlineData("00-10")]
    [InlineData("+1-10")]
    [InlineData(null)]
    public void Anything_else_is_not_a_month_day(string? text) => Assert.False(MonthDay.TryParse(text, out _));

    [Fact]
    public void February_29_falls_on_February_28_in_a_common_year()
    {
        Assert.Equal(new DateOnly(2025, 2, 28), new MonthDay(2, 29).InYear(2025));
        Assert.Equal(new DateOnly(2028, 2, 29), new MonthDay(2, 29).InYear(2028));
    }

    [Fact]
    public void A_vacation_window_may_cross_the_new_year()
    {
        var winter = new VacationWindow("winter", new MonthDay(12, 20), new MonthDay(2, 10));
        Assert.True(winter.Contains(new DateOnly(2025, 12, 31)));
        Assert.True(winter.Contains(new DateOnly(2026, 2, 10)));
        Assert.False(winter.Contains(new DateOnly(2026, 2, 11)));
        Assert.False(winter.Contains(new DateOnly(2025, 12, 19)));
    }
}

namespace ChildProtection.Relief.Http;

/// <summary>
/// Dates where the work happens: due dates and visit days are China Standard Time dates, so between midnight and
/// 08:00 Beijing time a UTC date would name the wrong day.
/// </summary>
public static class ChinaDate
{
    /// <summary>China Standard Time, UTC+8 all year (no daylight saving).</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Today's date in China Standard Time.</summary>
    public static DateOnly Today(this TimeProvider clock) => On(clock.GetUtcNow());

    /// <summary>The date in China Standard Time of an instant.</summary>
    public static DateOnly On(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}

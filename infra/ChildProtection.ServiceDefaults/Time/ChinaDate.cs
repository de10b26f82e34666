namespace ChildProtection.ServiceDefaults.Time;

/// <summary>
/// Today's date where the work happens: deadlines and the dates people type are Beijing dates, so between midnight
/// and 08:00 Beijing time a UTC date would be a day behind.
/// </summary>
public static class ChinaDate
{
    /// <summary>China Standard Time, UTC+8 all year (no daylight saving).</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The date in China Standard Time of an instant.</summary>
    public static DateOnly On(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>Today's date in China Standard Time.</summary>
    public static DateOnly Today(this TimeProvider clock) => On(clock.GetUtcNow());
}

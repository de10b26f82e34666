namespace ChildProtection.Court.Http;

/// <summary>
/// Today's date where the work happens: deadlines (reply due, notice ends, check-in dates) are Beijing dates, so
/// between midnight and 08:00 Beijing time a UTC date would be a day behind.
/// </summary>
public static class ChinaDate
{
    /// <summary>China Standard Time, UTC+8 all year.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The date in China Standard Time of an instant.</summary>
    public static DateOnly On(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}

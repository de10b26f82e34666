namespace ChildProtection.Police.Http;

/// <summary>Dates officers type are China Standard Time dates (UTC+8 all year).</summary>
public static class ChinaDate
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The date in China Standard Time of an instant.</summary>
    public static DateOnly On(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The end of a China date (its last instant is the next day's midnight, China time).</summary>
    public static DateTimeOffset EndOf(DateOnly date) =>
        new(date.AddDays(1).ToDateTime(TimeOnly.MinValue), Offset);
}

using System.Globalization;
using System.Text.Json.Serialization;

namespace ChildProtection.Jurisdictions;

/// <summary>
/// A day of the year without a year (<c>MM-dd</c> in packs), for recurring due dates and vacation windows.
/// February 29 is allowed and falls on February 28 in common years (<see cref="InYear"/>).
/// </summary>
[JsonConverter(typeof(MonthDayJsonConverter))]
public readonly record struct MonthDay
{
    /// <summary>A month-day; throws <see cref="ArgumentOutOfRangeException"/> for a day that no year has.</summary>
    public MonthDay(int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        // 2000 is a leap year: every day some year has.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, DateTime.DaysInMonth(2000, month));
        Month = month;
        Day = day;
    }

    /// <summary>1–12.</summary>
    public int Month { get; }

    /// <summary>1–31.</summary>
    public int Day { get; }

    internal int Ordinal => Month * 100 + Day;

    /// <summary>Reads <c>MM-dd</c> (two digits each), e.g. <c>11-15</c>.</summary>
    public static bool TryParse(string? text, out MonthDay value)
    {
        value = default;
        if (text is not { Length: 5 } || text[2] != '-'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return false;
        }
        value = new MonthDay(month, day);
        return true;
    }

    /// <summary>Reads <c>MM-dd</c>; throws <see cref="FormatException"/> otherwise.</summary>
    public static MonthDay Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a month-day (MM-dd).");

    /// <summary>The month-day of <paramref name="date"/>.</summary>
    public static MonthDay From(DateOnly date) => new(date.Month, date.Day);

    /// <summary>This day in <paramref name="year"/> (February 29 becomes February 28 in a common year).</summary>
    public DateOnly InYear(int year) => new(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month)));

    /// <summary><c>MM-dd</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Month:00}-{Day:00}");
}

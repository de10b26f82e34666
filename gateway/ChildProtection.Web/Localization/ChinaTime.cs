using System.Globalization;

namespace ChildProtection.Web.Localization;

/// <summary>
/// Dates and times as people in China read them: China Standard Time (UTC+8, no daylight saving), and in Chinese
/// <c>2026年12月8日</c>; in English <c>8 Dec 2026</c>.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    public static DateTimeOffset ToChina(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToChina(time.GetUtcNow()).DateTime);

    public static string Date(DateOnly date) =>
        ConsoleCultures.IsChinese ? $"{date.Year}年{date.Month}月{date.Day}日" : date.ToString("d MMM yyyy", EnglishCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "—";

    public static string Date(DateTimeOffset instant) => Date(DateOnly.FromDateTime(ToChina(instant).DateTime));

    public static string DateTime(DateTimeOffset instant)
    {
        var local = ToChina(instant);
        return $"{Date(DateOnly.FromDateTime(local.DateTime))} {local:HH:mm}";
    }

    public static string DateTime(DateTimeOffset? instant) => instant is { } i ? DateTime(i) : "—";

    /// <summary>A date given as text by the API (<c>2026-12-08</c>, or an instant): formatted, else as given.</summary>
    public static string Date(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "—";
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return Date(d);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var i)) return Date(i);
        return text;
    }

    /// <summary>A month (<c>2027-01</c> or <c>2027-01-01</c>): <c>2027年1月</c> / <c>Jan 2027</c>.</summary>
    public static string Month(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "—";
        var parts = text.Split('-');
        if (parts.Length < 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12) return text;
        return ConsoleCultures.IsChinese ? $"{year}年{month}月" : new DateOnly(year, month, 1).ToString("MMM yyyy", EnglishCulture);
    }

    /// <summary>The API's form of a date: <c>2026-12-08</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Iso(DateTime? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    /// <summary>An instant at a China wall-clock date and time, as the API wants it (<c>…+08:00</c>).</summary>
    public static string IsoInstant(DateTime date, TimeSpan? timeOfDay) =>
        new DateTimeOffset(date.Date + (timeOfDay ?? TimeSpan.Zero), Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}

using System.Globalization;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Time;

namespace ChildProtection.Visits.Http;

/// <summary>The <c>?asOf=YYYY-MM-DD</c> date of due and overdue reads; today (China time) when absent.</summary>
public static class AsOf
{
    public static (DateOnly Date, IResult? Problem) From(string? value, TimeProvider clock)
    {
        if (value is null) return (clock.Today(), null);
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, null)
            : (default, Problems.Validation("asOf", "asOf must be a date in the form YYYY-MM-DD."));
    }
}

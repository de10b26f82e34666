namespace ChildProtection.Jurisdictions;

/// <summary>
/// A school vacation (寒假 winter, 暑假 summer) in which one concentrated visit (集中走访) is due.
/// <paramref name="To"/> may fall before <paramref name="From"/>: the window then crosses the new year.
/// </summary>
/// <param name="Name">A short code, unique in the pack: <c>winter</c>, <c>summer</c>.</param>
/// <param name="From">First day of the window, inclusive.</param>
/// <param name="To">Last day of the window, inclusive.</param>
public sealed record VacationWindow(string Name, MonthDay From, MonthDay To)
{
    /// <summary>True when <paramref name="date"/> falls inside the window.</summary>
    public bool Contains(DateOnly date)
    {
        var day = MonthDay.From(date).Ordinal;
        return From.Ordinal <= To.Ordinal
            ? day >= From.Ordinal && day <= To.Ordinal
            : day >= From.Ordinal || day <= To.Ordinal;
    }
}

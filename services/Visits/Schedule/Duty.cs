namespace ChildProtection.Visits.Schedule;

/// <summary>
/// One visit the plan owes: <c>contact</c>, <c>home-visit</c> or <c>vacation-&lt;window&gt;</c>, due on <see cref="DueOn"/>
/// (inclusive). A vacation visit must fall in [<see cref="WindowFrom"/>, <see cref="DueOn"/>].
/// </summary>
/// <param name="Overdue">True when the as-of date is after <see cref="DueOn"/> and the visit was not made.</param>
/// <param name="DaysOverdue">Days past <see cref="DueOn"/> (0 when not overdue).</param>
/// <param name="RiskCadence">True for a home visit on the risk cadence.</param>
public sealed record Duty(string Code, DateOnly DueOn, DateOnly? WindowFrom, bool Overdue, int DaysOverdue, bool RiskCadence = false);

/// <summary>The duty codes.</summary>
public static class DutyCodes
{
    public const string Contact = "contact";
    public const string HomeVisit = "home-visit";
    public const string VacationPrefix = "vacation-";
}

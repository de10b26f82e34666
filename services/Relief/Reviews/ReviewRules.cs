using ChildProtection.Relief.Entitlements;

namespace ChildProtection.Relief.Reviews;

/// <summary>Reviews past their due date, each due date raised once. Pure.</summary>
public static class ReviewRules
{
    public static IReadOnlyList<object> Overdue(ChildRelief s, DateOnly today, DateTimeOffset now) =>
    [
        .. s.Entitlements
            .Where(e => e.Current && e.NextReviewDue is { } due && today > due && !e.OverdueRaised.Contains(due))
            .Select(e => new ReviewWentOverdue(e.EntitlementId, s.ChildId, s.RegionCode, e.Programme, e.NextReviewDue!.Value, now)),
    ];
}

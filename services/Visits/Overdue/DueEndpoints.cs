using ChildProtection.ServiceDefaults;
using ChildProtection.Visits.Http;
using ChildProtection.Visits.Reading;
using ChildProtection.Visits.Schedule;

namespace ChildProtection.Visits.Overdue;

/// <summary>One duty of one child in a due list.</summary>
public sealed record DueItem(Guid ChildId, string RegionCode, Guid? DirectorId, string Duty, DateOnly DueOn, DateOnly? WindowFrom,
    bool Overdue, int DaysOverdue, bool RiskCadence);

/// <summary>A due list: every duty due by <see cref="DueBy"/> (overdue ones first), as of a date.</summary>
public sealed record DueList(DateOnly AsOf, DateOnly DueBy, int Overdue, IReadOnlyList<DueItem> Items);

/// <summary>
/// <c>GET /api/visits/due?region=&amp;asOf=&amp;within=&amp;overdueOnly=</c> and <c>GET /api/visits/directors/{id}/due</c>: the
/// visits due by <c>asOf + within</c> days (default 30) and those overdue, in the caller's region.
/// </summary>
public static class DueEndpoints
{
    public static IEndpointRouteBuilder MapDue(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/visits/due", (string? region, string? asOf, int? within, bool? overdueOnly, HttpContext http,
            PlanRows plans, VisitPolicies policies, TimeProvider clock, CancellationToken ct) =>
            ListAsync(http, region, null, asOf, within, overdueOnly, plans, policies, clock, ct)).RequireReader().WithName("ListDue");
        app.MapGet("/api/visits/directors/{directorId:guid}/due", (Guid directorId, string? asOf, int? within, bool? overdueOnly,
            HttpContext http, PlanRows plans, VisitPolicies policies, TimeProvider clock, CancellationToken ct) =>
            ListAsync(http, null, directorId, asOf, within, overdueOnly, plans, policies, clock, ct)).RequireReader().WithName("ListDueOfDirector");
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext http, string? region, Guid? directorId, string? asOf, int? within,
        bool? overdueOnly, PlanRows plans, VisitPolicies policies, TimeProvider clock, CancellationToken ct)
    {
        var (filter, regionProblem) = RegionFilter.From(Caller.From(http.User), region);
        if (regionProblem is not null) return regionProblem;
        var (date, dateProblem) = AsOf.From(asOf, clock);
        if (dateProblem is not null) return dateProblem;
        if (within is < 0 or > 366) return Problems.Validation("within", "within must be 0 to 366 days.");
        var dueBy = date.AddDays(within ?? 30);

        var items = new List<DueItem>();
        if (filter!.Prefix is { } prefix)
        {
            foreach (var row in await plans.OpenAsync(prefix, directorId, ct))
            {
                var plan = row.Plan;
                foreach (var duty in VisitSchedule.For(plan, policies.For(plan.RegionCode), date))
                {
                    if (duty.DueOn > dueBy || (overdueOnly == true && !duty.Overdue)) continue;
                    items.Add(new DueItem(plan.ChildId, plan.RegionCode, plan.DirectorId, duty.Code, duty.DueOn, duty.WindowFrom,
                        duty.Overdue, duty.DaysOverdue, duty.RiskCadence));
                }
            }
        }
        var ordered = items.OrderByDescending(i => i.Overdue).ThenBy(i => i.DueOn).ThenBy(i => i.ChildId).ToList();
        return TypedResults.Ok(new DueList(date, dueBy, ordered.Count(i => i.Overdue), ordered));
    }
}

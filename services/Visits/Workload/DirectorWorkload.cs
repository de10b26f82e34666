using ChildProtection.ServiceDefaults;
using ChildProtection.Visits.Http;
using ChildProtection.Visits.Reading;
using ChildProtection.Visits.Schedule;

namespace ChildProtection.Visits.Workload;

/// <summary>One director's load: children with an open plan, duties falling due in the as-of month, duties overdue.</summary>
/// <param name="DirectorId">Null for the children no director is assigned to yet.</param>
public sealed record DirectorLoad(Guid? DirectorId, int Children, int DueThisMonth, int Overdue);

/// <summary>The workload of every director in a region.</summary>
public sealed record Workload(DateOnly AsOf, IReadOnlyList<DirectorLoad> Directors);

/// <summary><c>GET /api/visits/directors/workload?region=&amp;asOf=</c>.</summary>
public static class DirectorWorkload
{
    /// <summary>Pure: the loads of the plans' directors as of a date.</summary>
    public static IReadOnlyList<DirectorLoad> Of(IEnumerable<PlanRow> rows, VisitPolicies policies, DateOnly asOf)
    {
        var monthStart = new DateOnly(asOf.Year, asOf.Month, 1);
        var monthEnd = monthStart.AddMonths(1).AddDays(-1);
        return rows
            .GroupBy(r => r.Plan.DirectorId)
            .Select(g =>
            {
                var duties = g.SelectMany(r => VisitSchedule.For(r.Plan, policies.For(r.Plan.RegionCode), asOf)).ToList();
                return new DirectorLoad(g.Key, g.Count(),
                    duties.Count(d => !d.Overdue && d.DueOn >= monthStart && d.DueOn <= monthEnd),
                    duties.Count(d => d.Overdue));
            })
            .OrderByDescending(l => l.Overdue).ThenByDescending(l => l.Children)
            .ToList();
    }

    public static IEndpointRouteBuilder MapDirectorWorkload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/visits/directors/workload", async Task<IResult> (string? region, string? asOf, HttpContext http, PlanRows plans,
            VisitPolicies policies, TimeProvider clock, CancellationToken ct) =>
        {
            var (filter, regionProblem) = RegionFilter.From(Caller.From(http.User), region);
            if (regionProblem is not null) return regionProblem;
            var (date, dateProblem) = AsOf.From(asOf, clock);
            if (dateProblem is not null) return dateProblem;
            var rows = filter!.Prefix is { } prefix ? await plans.OpenAsync(prefix, null, ct) : [];
            return TypedResults.Ok(new Workload(date, Of(rows, policies, date)));
        }).RequireReader().WithName("DirectorWorkload");
        return app;
    }
}

using ChildProtection.ServiceDefaults;
using ChildProtection.Visits.Http;
using ChildProtection.Visits.Reading;
using ChildProtection.Visits.Schedule;

namespace ChildProtection.Visits.Summary;

/// <summary>How many duties of one kind are on time (not overdue) as of the date, and the rate.</summary>
public sealed record OnTime(string Duty, int Total, int OnTimeCount, int OverdueCount, decimal? OnTimeRate);

/// <summary>A township's line in the county summary.</summary>
public sealed record TownshipOnTime(string TownshipCode, int Plans, int Duties, int OverdueCount, decimal? OnTimeRate);

/// <summary>A county's on-time rates as of a date, per duty and per township.</summary>
public sealed record CountyOnTime(string CountyCode, DateOnly AsOf, int Plans, IReadOnlyList<OnTime> Duties, IReadOnlyList<TownshipOnTime> Townships);

/// <summary>
/// <c>GET /api/visits/summary?county=&amp;asOf=</c>: the county's on-time rates. A duty is on time when it is not overdue
/// as of the date; vacation duties are grouped as <c>vacation</c>.
/// </summary>
public static class CountySummary
{
    public static CountyOnTime Of(string county, IReadOnlyList<PlanRow> rows, VisitPolicies policies, DateOnly asOf)
    {
        var duties = rows.SelectMany(r => VisitSchedule.For(r.Plan, policies.For(r.Plan.RegionCode), asOf)
            .Select(d => (Township: Township(r.Plan.RegionCode), Group: d.Code.StartsWith(DutyCodes.VacationPrefix, StringComparison.Ordinal) ? "vacation" : d.Code, d.Overdue)))
            .ToList();
        var byDuty = duties.GroupBy(d => d.Group).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OnTime(g.Key, g.Count(), g.Count(d => !d.Overdue), g.Count(d => d.Overdue), Rate(g.Count(d => !d.Overdue), g.Count())))
            .ToList();
        var byTownship = rows.GroupBy(r => Township(r.Plan.RegionCode)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var own = duties.Where(d => d.Township == g.Key).ToList();
                return new TownshipOnTime(g.Key, g.Count(), own.Count, own.Count(d => d.Overdue), Rate(own.Count(d => !d.Overdue), own.Count));
            })
            .ToList();
        return new CountyOnTime(county, asOf, rows.Count, byDuty, byTownship);
    }

    private static string Township(string regionCode) => regionCode.Length >= 9 ? regionCode[..9] : regionCode;

    private static decimal? Rate(int onTime, int total) => total == 0 ? null : Math.Round((decimal)onTime / total, 4);

    public static IEndpointRouteBuilder MapCountySummary(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/visits/summary", async Task<IResult> (string? county, string? asOf, HttpContext http, PlanRows plans,
            VisitPolicies policies, TimeProvider clock, CancellationToken ct) =>
        {
            if (county is not { Length: 6 } || !county.All(char.IsAsciiDigit))
                return Problems.Validation("county", "County must be the 6-digit statistical code of a county or district.");
            var (date, problem) = AsOf.From(asOf, clock);
            if (problem is not null) return problem;
            var caller = Caller.From(http.User);
            // A caller sees the county if it is within their jurisdiction; a supervisor's township sees only its own part.
            var filter = new RegionFilter(caller.SeesAllRegions ? "" : caller.Region, county);
            var rows = filter.Prefix is { } prefix ? await plans.OpenAsync(prefix, null, ct) : [];
            return TypedResults.Ok(Of(county, rows, policies, date));
        }).RequireReader().WithName("CountySummary");
        return app;
    }
}

using ChildProtection.ServiceDefaults;
using ChildProtection.Jurisdictions;

namespace ChildProtection.Visits.Policies;

/// <summary>
/// <c>GET /api/visits/policies/{regionCode}</c>: the effective policy pack of a region, each value with the pack and the
/// official clause it came from. Public rules, so any platform caller may read them.
/// </summary>
public static class PolicyEndpoints
{
    public static IEndpointRouteBuilder MapPolicies(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/visits/policies/{regionCode}", IResult (string regionCode, PolicyPacks packs) =>
            RegionCodes.IsValidPrefix(regionCode)
                ? TypedResults.Ok(packs.Explain(regionCode))
                : Problems.Validation("regionCode", "A region code is 2 to 12 digits (a prefix of the 12-digit statistical code)."))
            .RequireCaller().WithName("ExplainPolicy");
        return app;
    }
}

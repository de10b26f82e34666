using System.Text.Json;
using System.Text.Json.Nodes;
using ChildProtection.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Testing.Authorization;

/// <summary>
/// A matrix entry derived from an endpoint's code policies (<c>RequireCaller</c>, <c>Policies.Department</c>,
/// <c>AllowAnonymous</c>), offered as a starting point when an endpoint has no entry yet. Handler-level checks are
/// not visible here: review the draft before copying it.
/// </summary>
public static class MatrixDraft
{
    /// <summary>The draft entry of <paramref name="endpoint"/> as JSON.</summary>
    public static async Task<JsonObject> OfAsync(Endpoint endpoint, IServiceProvider services)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return new JsonObject { ["anonymous"] = true };
        }

        var policy = await AuthorizationPolicy.CombineAsync(
            services.GetRequiredService<IAuthorizationPolicyProvider>(),
            endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
            endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
        var claims = policy?.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.ClaimsAuthorizationRequirement>().ToList() ?? [];
        var departments = Allowed(claims, PlatformClaims.Department);
        var roles = Allowed(claims, PlatformClaims.Role) ?? [MatrixEntry.Any];

        var allow = new JsonObject();
        foreach (var department in departments ?? [MatrixEntry.Any])
        {
            allow[department] = new JsonArray([.. roles.Select(r => JsonValue.Create(r))]);
        }
        return new JsonObject { ["allow"] = allow };
    }

    /// <summary>Draft entries for <paramref name="keys"/>, ready to paste into <c>authorization.json</c>.</summary>
    public static async Task<string> RenderAsync(IEnumerable<(string Key, Endpoint Endpoint)> endpoints, IServiceProvider services)
    {
        var document = new JsonObject();
        foreach (var (key, endpoint) in endpoints.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            document[key] = await OfAsync(endpoint, services);
        }
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    // Several requirements on one claim all have to hold: the allowed values are their intersection.
    private static List<string>? Allowed(IEnumerable<Microsoft.AspNetCore.Authorization.Infrastructure.ClaimsAuthorizationRequirement> claims, string type)
    {
        List<string>? allowed = null;
        foreach (var claim in claims.Where(c => c.ClaimType == type && c.AllowedValues is not null))
        {
            var values = claim.AllowedValues!.ToList();
            allowed = allowed is null ? values : [.. allowed.Intersect(values, StringComparer.Ordinal)];
        }
        return allowed;
    }
}

using ChildProtection.ServiceDefaults;
using Xunit;

namespace ChildProtection.Testing.Authorization;

/// <summary>
/// Keeps region isolation tests complete: every GET endpoint of the matrix must be named by the service's isolation
/// test class as covered, or as exempt with a reason (no regional records: a receipt, policy packs); the endpoints
/// ServiceDefaults gives every service are known here.
/// </summary>
public static class RegionIsolationGuard
{
    /// <summary>Fails naming each GET endpoint of <paramref name="matrix"/> that is neither covered nor exempt, and each name that is no endpoint.</summary>
    public static void AssertCovered(AuthorizationMatrix matrix, IEnumerable<string> covered,
        IReadOnlyDictionary<string, string>? exempt = null)
    {
        var gets = matrix.Entries.Where(e => e.Key.StartsWith("GET ", StringComparison.Ordinal) && !e.Value.Anonymous)
            .Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var named = covered.Concat(exempt?.Keys ?? []).Concat(gets.Where(IsPlatformEndpoint)).ToHashSet(StringComparer.Ordinal);
        var untested = gets.Except(named).Order(StringComparer.Ordinal).ToList();
        var unknown = named.Except(gets).Order(StringComparer.Ordinal).ToList();
        Assert.True(untested.Count == 0, $"GET endpoints without a region isolation test: {string.Join("; ", untested)}");
        Assert.True(unknown.Count == 0, $"The isolation test class names endpoints that are not GET entries of {matrix.Source}: {string.Join("; ", unknown)}");
    }

    /// <summary>
    /// Endpoints every service gets from ServiceDefaults: the operators' views (<c>/ops/*</c> error queues and
    /// <c>/api/{service}/operations/projections</c>, all regions, no child records), the OpenAPI document (no records) and the audit log, whose
    /// region filter is the same code everywhere and is proven by Registry's
    /// <c>AuditEndpointTests.An_auditor_sees_the_childs_entries_of_callers_in_their_region_and_the_read_is_recorded</c>.
    /// </summary>
    private static bool IsPlatformEndpoint(string key) =>
        key.StartsWith("GET /ops/", StringComparison.Ordinal) ||
        (key.StartsWith("GET /api/", StringComparison.Ordinal) && key.EndsWith("/operations/projections", StringComparison.Ordinal)) ||
        (key.StartsWith("GET /api/", StringComparison.Ordinal) && key.EndsWith("/openapi/{documentName}.json", StringComparison.Ordinal))
        || (key.StartsWith("GET /api/", StringComparison.Ordinal) && key.EndsWith("/audit", StringComparison.Ordinal) && key.Count(c => c == '/') == 3);
}

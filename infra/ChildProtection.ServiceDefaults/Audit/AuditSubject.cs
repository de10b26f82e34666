using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace ChildProtection.ServiceDefaults.Audit;

/// <summary>
/// What a handler tells the audit record about its request: the child it read or changed (when the route does not
/// carry <c>childId</c>) and a short detail such as a count. Kept on the request, written by <see cref="AuditMiddleware"/>.
/// </summary>
public static class AuditSubject
{
    /// <summary>The header in which a caller states why they read or change a child's data (<see cref="AccessPurpose"/>).</summary>
    public const string PurposeHeader = AccessPurpose.Header;

    private const int MaxDetailLength = 200;
    private static readonly object ChildKey = new();
    private static readonly object DetailKey = new();
    private static readonly object PurposeKey = new();
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> ChildIdProperties = new();

    /// <summary>Records <paramref name="childId"/> as the subject of this request.</summary>
    public static void Set(HttpContext http, Guid childId) => http.Items[ChildKey] = childId;

    /// <summary>
    /// Records the child of a loaded case, order or report as the subject: any state with a public <c>Guid ChildId</c>
    /// (or <c>Guid?</c>) property. Does nothing for a state without one.
    /// </summary>
    public static void SetFrom(HttpContext http, object? state)
    {
        if (state is null) return;
        var property = ChildIdProperties.GetOrAdd(state.GetType(), type => type.GetProperty("ChildId", BindingFlags.Public | BindingFlags.Instance)
            is { } p && (p.PropertyType == typeof(Guid) || p.PropertyType == typeof(Guid?)) ? p : null);
        if (property?.GetValue(state) is Guid id && id != Guid.Empty) Set(http, id);
    }

    /// <summary>Adds a short detail to the record (counts, a region code): never names, ID numbers or free text from the caller.</summary>
    public static void Note(HttpContext http, string detail) =>
        http.Items[DetailKey] = detail.Length <= MaxDetailLength ? detail : detail[..MaxDetailLength];

    /// <summary>The purpose stated in <see cref="PurposeHeader"/>, decoded (<see cref="AccessPurpose"/>); null when none was stated or it was malformed.</summary>
    public static string? PurposeOf(HttpContext http)
    {
        if (http.Items.TryGetValue(PurposeKey, out var decoded)) return decoded as string;
        return AccessPurpose.TryDecode(http.Request.Headers[PurposeHeader].ToString(), out var purpose, out _) ? purpose : null;
    }

    /// <summary>Records the decoded purpose of the request (the purpose middleware, or a gRPC call's metadata).</summary>
    public static void SetPurpose(HttpContext http, string? purpose) => http.Items[PurposeKey] = purpose;

    /// <summary>The child the record will name: set by the handler, else the route's <c>childId</c> (or <see cref="AuditChildRoute"/>).</summary>
    public static Guid? ChildOf(HttpContext http)
    {
        if (http.Items.TryGetValue(ChildKey, out var set) && set is Guid id) return id;
        var routeName = http.GetEndpoint()?.Metadata.GetMetadata<AuditChildRoute>()?.RouteValue ?? "childId";
        return http.Request.RouteValues.TryGetValue(routeName, out var value) && Guid.TryParse(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), out var fromRoute)
            ? fromRoute
            : null;
    }

    /// <summary>The detail noted by the handler, if any.</summary>
    public static string? DetailOf(HttpContext http) => http.Items.TryGetValue(DetailKey, out var detail) ? detail as string : null;
}

/// <summary>Endpoint metadata: the route value that holds the child's id when it is not called <c>childId</c>.</summary>
/// <param name="RouteValue">E.g. <c>id</c> on <c>/api/registry/children/{id}</c>.</param>
public sealed record AuditChildRoute(string RouteValue);

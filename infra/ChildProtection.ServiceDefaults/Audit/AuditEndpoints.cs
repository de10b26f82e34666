using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.ServiceDefaults.Audit;

/// <summary>
/// <c>GET /api/{service}/audit?child=&amp;from=&amp;to=&amp;page=&amp;pageSize=</c>: the service's audit entries for callers
/// with the role <c>auditor</c> (any department), limited to entries of callers in the auditor's region (a platform
/// auditor with region <c>*</c> sees all). Operators keep the platform running but do not read who read which child.
/// The read is itself recorded, with the child asked about as its subject.
/// </summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditLog(this IEndpointRouteBuilder app, string service)
    {
        app.MapGet($"/api/{service}/audit", async Task<IResult> (HttpContext http, AuditLog log, string? child, string? from, string? to,
            string? page, string? pageSize, CancellationToken ct) =>
        {
            if (Parse(child, from, to, page, pageSize) is not { } query) return Problems.Validation(Errors(child, from, to, page, pageSize));
            if (query.Child is { } id) AuditSubject.Set(http, id);
            return TypedResults.Ok(await log.ReadAsync(service, Caller.From(http.User), query, ct));
        }).RequireCaller(roles: [Roles.Auditor]).WithName($"ReadAuditLog-{service}");
        return app;
    }

    /// <summary>The query, or null when any parameter is malformed (see <see cref="Errors"/>).</summary>
    public static AuditQuery? Parse(string? child, string? from, string? to, string? page, string? pageSize) =>
        Errors(child, from, to, page, pageSize).Count > 0
            ? null
            : new AuditQuery(child is null ? null : Guid.Parse(child), Instant(from), Instant(to),
                page is null ? 1 : int.Parse(page, CultureInfo.InvariantCulture), pageSize is null ? 50 : int.Parse(pageSize, CultureInfo.InvariantCulture));

    /// <summary>What is wrong with the parameters, by name.</summary>
    public static Dictionary<string, string[]> Errors(string? child, string? from, string? to, string? page, string? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (child is not null && !Guid.TryParse(child, out _)) errors["child"] = ["A child id (uuid)."];
        if (from is not null && Instant(from) is null) errors["from"] = ["An ISO 8601 date or instant, e.g. 2026-05-01 or 2026-05-01T08:00:00+08:00."];
        if (to is not null && Instant(to) is null) errors["to"] = ["An ISO 8601 date or instant, e.g. 2026-06-01."];
        if (Instant(from) is { } f && Instant(to) is { } t && t <= f) errors["to"] = ["Must be after from."];
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p < 1 || p > 100_000))
            errors["page"] = ["Page starts at 1."];
        if (pageSize is not null && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out var s) || s is < 1 or > 200))
            errors["pageSize"] = ["Page size must be between 1 and 200."];
        return errors;
    }

    // A bare date is midnight China Standard Time, the date the departments work in.
    private static DateTimeOffset? Instant(string? value) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8))
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant : null;
}

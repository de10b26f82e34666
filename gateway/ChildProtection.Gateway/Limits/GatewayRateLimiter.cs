using System.Globalization;
using System.Threading.RateLimiting;
using ChildProtection.ServiceDefaults;
using Microsoft.AspNetCore.RateLimiting;

namespace ChildProtection.Gateway.Limits;

/// <summary>
/// One global limiter chaining a per-user and a per-IP fixed window. It runs after authentication, so
/// a user is counted by token however many addresses they use, and anonymous floods by address.
/// </summary>
internal static class GatewayRateLimiter
{
    public static void Configure(RateLimiterOptions options, RateLimitOptions limits)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.CreateChained(PerUser(limits.PerUserPerMinute), PerIp(limits.PerIpPerMinute));
        options.OnRejected = (context, _) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            context.HttpContext.Response.Headers.RetryAfter =
                Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            // No body here: the status-code-pages middleware writes the problem (or gRPC status) for it.
            return ValueTask.CompletedTask;
        };
    }

    private static PartitionedRateLimiter<HttpContext> PerUser(int permitsPerMinute) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.User.Identity?.IsAuthenticated == true && context.User.FindFirst(PlatformClaims.Subject)?.Value is { } user
                ? RateLimitPartition.GetFixedWindowLimiter("user:" + user, _ => Window(permitsPerMinute))
                : RateLimitPartition.GetNoLimiter("anonymous"));

    private static PartitionedRateLimiter<HttpContext> PerIp(int permitsPerMinute) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            RateLimitPartition.GetFixedWindowLimiter(
                "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => Window(permitsPerMinute)));

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}

using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace ChildProtection.Gateway.Limits;

/// <summary>Rate limits, the request body limit, Kestrel's request line and header limits, and the upstream timeout (in routing).</summary>
public static class LimitsExtensions
{
    /// <summary>Registers the limits from <c>Gateway:*</c>.</summary>
    public static WebApplicationBuilder AddGatewayLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GatewayLimitsOptions>().BindConfiguration(GatewayLimitsOptions.SectionName);
        builder.Services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<GatewayLimitsOptions>>((kestrel, limits) => ConfigureKestrel(kestrel.Limits, limits.Value));
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<GatewayLimitsOptions>>((options, limits) => GatewayRateLimiter.Configure(options, limits.Value.RateLimits));
        return builder;
    }

    // RequestShapeLimitMiddleware answers the configured limits with problem details; Kestrel's own limits, at twice
    // them, are the backstop it answers itself (414, 431 without a body; a slow client's connection closed).
    private static void ConfigureKestrel(KestrelServerLimits kestrel, GatewayLimitsOptions limits)
    {
        kestrel.MaxRequestLineSize = 2 * limits.MaxRequestLineBytes;
        kestrel.MaxRequestHeadersTotalSize = 2 * limits.MaxRequestHeadersBytes;
        kestrel.MaxRequestHeaderCount = 2 * limits.MaxRequestHeaderCount;
        kestrel.RequestHeadersTimeout = TimeSpan.FromSeconds(limits.RequestHeadersTimeoutSeconds);
        // HTTP/2 (the gRPC listener) compresses headers; cap the decoded size the same way.
        kestrel.Http2.MaxRequestHeaderFieldSize = Math.Min(kestrel.Http2.MaxRequestHeaderFieldSize, 2 * limits.MaxRequestHeadersBytes);
    }

    /// <summary>Adds the request-shape limits, the rate limiter and the body limit; call after authentication so users can be told apart.</summary>
    public static IApplicationBuilder UseGatewayLimits(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestShapeLimitMiddleware>().UseRateLimiter().UseMiddleware<RequestBodyLimitMiddleware>();
}

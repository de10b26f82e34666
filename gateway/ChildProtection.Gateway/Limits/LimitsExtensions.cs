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

    // Kestrel answers these itself (414, 431, connection closed) before any middleware runs.
    private static void ConfigureKestrel(KestrelServerLimits kestrel, GatewayLimitsOptions limits)
    {
        kestrel.MaxRequestLineSize = limits.MaxRequestLineBytes;
        kestrel.MaxRequestHeadersTotalSize = limits.MaxRequestHeadersBytes;
        kestrel.MaxRequestHeaderCount = limits.MaxRequestHeaderCount;
        kestrel.RequestHeadersTimeout = TimeSpan.FromSeconds(limits.RequestHeadersTimeoutSeconds);
        // HTTP/2 (the gRPC listener) compresses headers; cap the decoded size the same way.
        kestrel.Http2.MaxRequestHeaderFieldSize = Math.Min(kestrel.Http2.MaxRequestHeaderFieldSize, limits.MaxRequestHeadersBytes);
    }

    /// <summary>Adds the rate limiter and the body limit; call after authentication so users can be told apart.</summary>
    public static IApplicationBuilder UseGatewayLimits(this IApplicationBuilder app) =>
        app.UseRateLimiter().UseMiddleware<RequestBodyLimitMiddleware>();
}

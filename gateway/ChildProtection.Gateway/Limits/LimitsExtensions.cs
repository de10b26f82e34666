using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChildProtection.Gateway.Limits;

/// <summary>Rate limits and the request body limit.</summary>
public static class LimitsExtensions
{
    /// <summary>Registers the limits from <c>Gateway:*</c>.</summary>
    public static WebApplicationBuilder AddGatewayLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GatewayLimitsOptions>().BindConfiguration(GatewayLimitsOptions.SectionName);
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<GatewayLimitsOptions>>((options, limits) => GatewayRateLimiter.Configure(options, limits.Value.RateLimits));
        return builder;
    }

    /// <summary>Adds the rate limiter and the body limit; call after authentication so users can be told apart.</summary>
    public static IApplicationBuilder UseGatewayLimits(this IApplicationBuilder app) =>
        app.UseRateLimiter().UseMiddleware<RequestBodyLimitMiddleware>();
}

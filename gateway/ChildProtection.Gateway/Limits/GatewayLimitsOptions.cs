namespace ChildProtection.Gateway.Limits;

/// <summary>The <c>Gateway</c> configuration section: limits applied before anything is proxied.</summary>
public sealed class GatewayLimitsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Gateway";

    /// <summary><c>Gateway:MaxRequestBodyBytes</c>: larger bodies get 413. Default 1 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary><c>Gateway:RateLimits</c>.</summary>
    public RateLimitOptions RateLimits { get; set; } = new();
}

/// <summary>The <c>Gateway:RateLimits</c> section: fixed one-minute windows.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests per minute per authenticated user (<c>sub</c>). Default 600.</summary>
    public int PerUserPerMinute { get; set; } = 600;

    /// <summary>Requests per minute per client IP address, authenticated or not. Default 1200.</summary>
    public int PerIpPerMinute { get; set; } = 1200;
}

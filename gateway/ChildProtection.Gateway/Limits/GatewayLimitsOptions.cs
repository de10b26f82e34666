namespace ChildProtection.Gateway.Limits;

/// <summary>The <c>Gateway</c> configuration section: limits applied before anything is proxied.</summary>
public sealed class GatewayLimitsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Gateway";

    /// <summary><c>Gateway:MaxRequestBodyBytes</c>: larger bodies get 413. Default 1 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// <c>Gateway:UpstreamTimeoutSeconds</c>: a service silent this long (no response yet, or no message on a stream)
    /// is answered with 504 so a stuck service cannot hold gateway connections. Default 30.
    /// </summary>
    public int UpstreamTimeoutSeconds { get; set; } = 30;

    /// <summary><c>Gateway:MaxRequestLineBytes</c>: a longer request line (method, path, query) gets 414. Default 8 KiB.</summary>
    public int MaxRequestLineBytes { get; set; } = 8 * 1024;

    /// <summary><c>Gateway:MaxRequestHeadersBytes</c>: larger headers in total get 431. Default 32 KiB.</summary>
    public int MaxRequestHeadersBytes { get; set; } = 32 * 1024;

    /// <summary><c>Gateway:MaxRequestHeaderCount</c>: more headers get 431. Default 100.</summary>
    public int MaxRequestHeaderCount { get; set; } = 100;

    /// <summary><c>Gateway:RequestHeadersTimeoutSeconds</c>: a client slower than this to send its headers is dropped (slowloris). Default 15.</summary>
    public int RequestHeadersTimeoutSeconds { get; set; } = 15;

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

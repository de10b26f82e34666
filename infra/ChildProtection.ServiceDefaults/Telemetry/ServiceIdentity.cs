using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ChildProtection.ServiceDefaults;

/// <summary>The name this process reports itself under in traces, metrics, logs and PostgreSQL.</summary>
public static class ServiceIdentity
{
    /// <summary><c>OTEL_SERVICE_NAME</c> when set (the platform script sets it), else the application name.</summary>
    public static string Name(IConfiguration configuration, IHostEnvironment environment) =>
        configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : environment.ApplicationName;

    /// <summary>The informational version of the entry assembly, for the telemetry resource and the index pages.</summary>
    public static string Version { get; } =
        System.Reflection.Assembly.GetEntryAssembly()?.GetName().Version?.ToString() ?? "0.0.0";
}

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// Names of the platform's own <see cref="System.Diagnostics.ActivitySource"/>s and
/// <see cref="System.Diagnostics.Metrics.Meter"/>s. Every name starting with <c>ChildProtection.</c>
/// is collected by <see cref="TelemetryExtensions.AddPlatformTelemetry{TBuilder}"/>.
/// </summary>
public static class Telemetry
{
    /// <summary>Appends, reads, subscriptions and outbox of the event store.</summary>
    public const string EventStore = "ChildProtection.EventStore";

    /// <summary>The platform's own gRPC transport (client and server calls).</summary>
    public const string Grpc = "ChildProtection.Grpc";

    /// <summary>Domain services: decisions, deadlines, consumers.</summary>
    public const string Services = "ChildProtection.Services";

    /// <summary>The wildcard that covers every source and meter above, and any we add later.</summary>
    internal const string Ours = "ChildProtection.*";

    /// <summary>Built-in sources: server spans, client spans, broker and database spans.</summary>
    internal static readonly string[] FrameworkSources =
        ["Microsoft.AspNetCore", "System.Net.Http", "MassTransit", "Npgsql"];

    /// <summary>Built-in meters that exist without any instrumentation package.</summary>
    internal static readonly string[] FrameworkMeters =
        ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "MassTransit", "Npgsql"];
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ChildProtection.ServiceDefaults;

/// <summary>OpenTelemetry tracing, metrics and logs built from the SDK alone (no hosting package).</summary>
public static class TelemetryExtensions
{
    /// <summary>
    /// Registers a <see cref="TracerProvider"/> and a <see cref="MeterProvider"/> as singletons, collecting
    /// ASP.NET Core, HttpClient, MassTransit, Npgsql and every <c>ChildProtection.*</c> source and meter;
    /// exports over OTLP (traces, metrics and logs) only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
    /// </summary>
    public static TBuilder AddPlatformTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var serviceName = ServiceIdentity.Name(builder.Configuration, builder.Environment);
        var otlp = OtlpSettings.From(builder.Configuration);
        ResourceBuilder Resource() => ResourceBuilder.CreateDefault()
            .AddService(serviceName, serviceVersion: ServiceIdentity.Version, serviceInstanceId: Environment.MachineName);

        builder.Services.TryAddSingleton(services =>
        {
            var tracing = Sdk.CreateTracerProviderBuilder()
                .SetResourceBuilder(Resource())
                .AddSource(Telemetry.FrameworkSources)
                .AddSource(Telemetry.Ours);
            foreach (var configure in services.GetServices<PlatformTracingConfiguration>())
            {
                configure.Configure(tracing);
            }
            if (otlp is not null)
            {
                tracing.AddOtlpExporter(options => otlp.Apply(options, "v1/traces"));
            }
            return tracing.Build();
        });

        builder.Services.TryAddSingleton(services =>
        {
            var metrics = Sdk.CreateMeterProviderBuilder()
                .SetResourceBuilder(Resource())
                .AddMeter(Telemetry.FrameworkMeters)
                .AddMeter(Telemetry.Ours);
            foreach (var configure in services.GetServices<PlatformMetricsConfiguration>())
            {
                configure.Configure(metrics);
            }
            if (otlp is not null)
            {
                metrics.AddOtlpExporter(options => otlp.Apply(options, "v1/metrics"));
            }
            return metrics.Build();
        });

        // Inserted first so the providers exist before the bus and the server start their first spans.
        if (!builder.Services.Any(d => d.ImplementationType == typeof(TelemetryProvidersHostedService)))
        {
            builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, TelemetryProvidersHostedService>());
        }

        if (otlp is not null)
        {
            builder.Logging.AddOpenTelemetry(logging =>
            {
                logging.IncludeFormattedMessage = true;
                logging.IncludeScopes = true;
                logging.SetResourceBuilder(Resource());
                logging.AddOtlpExporter(options => otlp.Apply(options, "v1/logs"));
            });
        }

        return builder;
    }

    /// <summary>Adds to the platform tracer provider before it is built (extra sources, processors, test exporters).</summary>
    public static IServiceCollection ConfigurePlatformTracing(this IServiceCollection services, Action<TracerProviderBuilder> configure)
        => services.AddSingleton(new PlatformTracingConfiguration(configure));

    /// <summary>Adds to the platform meter provider before it is built (extra meters, readers, views).</summary>
    public static IServiceCollection ConfigurePlatformMetrics(this IServiceCollection services, Action<MeterProviderBuilder> configure)
        => services.AddSingleton(new PlatformMetricsConfiguration(configure));
}

internal sealed record PlatformTracingConfiguration(Action<TracerProviderBuilder> Configure);

internal sealed record PlatformMetricsConfiguration(Action<MeterProviderBuilder> Configure);

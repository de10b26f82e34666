using Microsoft.Extensions.Configuration;
using OpenTelemetry.Exporter;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// Where to send telemetry. Read from configuration rather than left to the exporter, because the
/// standalone SDK builders only see environment variables, and a value set in appsettings must work too.
/// </summary>
internal sealed record OtlpSettings(Uri Endpoint, OtlpExportProtocol Protocol)
{
    /// <summary>Null when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is not set: then nothing is exported.</summary>
    public static OtlpSettings? From(IConfiguration configuration)
    {
        if (!Uri.TryCreate(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"], UriKind.Absolute, out var endpoint))
        {
            return null;
        }

        var protocol = string.Equals(configuration["OTEL_EXPORTER_OTLP_PROTOCOL"], "http/protobuf", StringComparison.OrdinalIgnoreCase)
            ? OtlpExportProtocol.HttpProtobuf
            : OtlpExportProtocol.Grpc;
        return new OtlpSettings(endpoint, protocol);
    }

    /// <summary>Configures one exporter; OTLP over HTTP needs the per-signal path (<c>v1/traces</c>, …).</summary>
    public void Apply(OtlpExporterOptions options, string signalPath)
    {
        options.Protocol = Protocol;
        options.Endpoint = Protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri(Endpoint.ToString().TrimEnd('/') + "/" + signalPath)
            : Endpoint;
    }
}

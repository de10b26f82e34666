using Microsoft.AspNetCore.Http;

namespace ChildProtection.Gateway.Routing;

/// <summary>
/// The gateway's two Kestrel listeners: <c>Http</c> (the REST APIs) and <c>Grpc</c> (HTTP/2 only, gRPC
/// pass-through), as named under <c>Kestrel:Endpoints</c>.
/// </summary>
public static class Listeners
{
    /// <summary>The REST listener's endpoint name.</summary>
    public const string Http = "Http";

    /// <summary>The gRPC listener's endpoint name.</summary>
    public const string Grpc = "Grpc";

    /// <summary>The YARP route metadata key naming the listener a route belongs to.</summary>
    public const string MetadataKey = "Listener";

    /// <summary>The fixed port of a listener, or null when it is not configured or chosen by the OS (port 0).</summary>
    public static int? PortOf(IConfiguration configuration, string listener)
    {
        var url = configuration[$"Kestrel:Endpoints:{listener}:Url"];
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }
        try
        {
            return BindingAddress.Parse(url).Port is > 0 and var port ? port : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

using System.Net;
using System.Net.Sockets;

namespace ChildProtection.Gateway.Tests.Support;

internal static class Ports
{
    /// <summary>A free loopback port, taken from the OS and released for the server about to bind it.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

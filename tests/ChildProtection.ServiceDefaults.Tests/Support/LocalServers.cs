using System.Net;
using System.Net.Sockets;

namespace ChildProtection.ServiceDefaults.Tests.Support;

/// <summary>
/// The real PostgreSQL and RabbitMQ the platform script runs on loopback. Tests against them fail (never
/// skip) when they are not running.
/// </summary>
internal static class LocalServers
{
    public static int PostgresPort => int.Parse(Environment.GetEnvironmentVariable("CP_PG_PORT") ?? "55432", System.Globalization.CultureInfo.InvariantCulture);

    public static string PostgresConnectionString(int? port = null) =>
        $"Host=127.0.0.1;Port={port ?? PostgresPort};Database=childprotection;Username=postgres;Timeout=5";

    public static string RabbitPort => Environment.GetEnvironmentVariable("CP_RABBIT_PORT") ?? "55672";

    public static string RabbitManagementUrl => Environment.GetEnvironmentVariable("CP_RABBIT_MGMT_URL") ?? "http://127.0.0.1:55680";

    /// <summary>A loopback port nothing listens on (taken from the OS, then released).</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

namespace ChildProtection.Deployment.Tests;

/// <summary>One row of <c>infra/local/services.sh</c>'s SERVICE_TABLE.</summary>
public sealed record ServiceRow(string Name, string Folder, string Project, int HttpPort, int GrpcPort)
{
    public string ProjectPath => $"services/{Folder}/{Project}.csproj";
}

/// <summary>The repository on disk: its root, and the service table every deployment must follow.</summary>
public static class Repo
{
    public const int GatewayHttpPort = 5080;
    public const int GatewayGrpcPort = 5081;

    /// <summary>The web console's HTTP port (CP_WEB_PORT in infra/local/services.sh); the gateway serves it at its root.</summary>
    public const int WebHttpPort = 5090;

    public const string WebProject = "gateway/ChildProtection.Web/ChildProtection.Web.csproj";

    /// <summary>Whether the web console's project exists (discover_components starts it then).</summary>
    public static bool WebExists => File.Exists(PathOf(WebProject));

    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>The services whose project exists, as <c>discover_components</c> in services.sh selects them.</summary>
    public static IReadOnlyList<ServiceRow> Services { get; } = ReadServiceTable()
        .Where(s => File.Exists(PathOf(s.ProjectPath)))
        .ToList();

    public static IReadOnlyList<ServiceRow> ReadServiceTable()
    {
        var script = Read("infra/local/services.sh");
        const string start = "SERVICE_TABLE=\"";
        var begin = script.IndexOf(start, StringComparison.Ordinal);
        Assert.True(begin >= 0, "infra/local/services.sh has no SERVICE_TABLE");
        begin += start.Length;
        var end = script.IndexOf('"', begin);
        return script[begin..end]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(f => new ServiceRow(f[0], f[1], f[2],
                int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ChildProtection.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ChildProtection.sln not found above " + AppContext.BaseDirectory);
    }
}

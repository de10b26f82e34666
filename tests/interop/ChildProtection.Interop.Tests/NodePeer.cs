using System.Diagnostics;

namespace ChildProtection.Grpc.Tests;

/// <summary>Runs the grpc-js scripts in tests/interop.</summary>
public static class NodePeer
{
    public static string Folder { get; } = FindFolder();

    public static ProcessStartInfo Start(string script, params string[] args)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@grpc", "grpc-js")))
            throw new InvalidOperationException($"grpc-js is not installed: run `npm ci` in {Folder} (infra/platform.sh test does it).");
        var psi = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        return psi;
    }

    private static string FindFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "server.js"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("tests/interop not found above the test binaries.");
    }
}

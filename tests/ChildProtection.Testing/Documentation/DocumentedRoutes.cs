using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChildProtection.Testing.Documentation;

/// <summary>A request written in a README (<c>GET /api/visits/policies/{regionCode}</c>) and where it was written.</summary>
public sealed record DocumentedRoute(string Method, string Path, string File, int Line)
{
    /// <summary>The path's shape: query dropped, every <c>{parameter}</c> (with or without a constraint) as <c>{}</c>.</summary>
    public string Shape => DocumentedRoutes.ShapeOf(Path);

    public override string ToString() => $"{Method} {Path} ({File}:{Line})";
}

/// <summary>
/// Every request the repository's READMEs write out (a verb followed by an <c>/api/…</c> path), so a test can hold each
/// against the OpenAPI document of the service that should answer it: a README must never send a reader to a 404.
/// </summary>
public static partial class DocumentedRoutes
{
    /// <summary>The README files a newcomer reads: the top one, each service's, the gateway's and the console's.</summary>
    public static IReadOnlyList<string> Readmes()
    {
        var root = ServiceProcess.RepoRoot;
        return [.. new[] { "README.md" }
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "services"), "README.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "gateway"), "README.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)))
            .Concat(Directory.Exists(Path.Combine(root, "docs")) ? Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)) : [])
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Every documented request in every README (a placeholder service such as <c>/api/{service}/…</c> is left out: it names no route).</summary>
    public static IReadOnlyList<DocumentedRoute> All()
    {
        var routes = new List<DocumentedRoute>();
        foreach (var file in Readmes())
        {
            var lines = File.ReadAllLines(Path.Combine(ServiceProcess.RepoRoot, file));
            for (var i = 0; i < lines.Length; i++)
                foreach (Match match in Request().Matches(lines[i]))
                {
                    var path = match.Groups["path"].Value.TrimEnd('.', ',', ';', ':');
                    if (path.StartsWith("/api/{", StringComparison.Ordinal)) continue;
                    routes.Add(new DocumentedRoute(match.Groups["method"].Value, path, file, i + 1));
                }
        }
        return routes;
    }

    /// <summary>The documented requests to one prefix, e.g. <c>/api/police/</c>.</summary>
    public static IReadOnlyList<DocumentedRoute> Under(string prefix) =>
        [.. All().Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal))];

    /// <summary>The (method, shape) pairs an OpenAPI 3 document declares.</summary>
    public static IReadOnlyList<(string Method, string Shape)> Declared(string openApiJson)
    {
        var declared = new List<(string, string)>();
        var paths = JsonDocument.Parse(openApiJson).RootElement.GetProperty("paths");
        foreach (var path in paths.EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject())
                declared.Add((operation.Name.ToUpperInvariant(), ShapeOf(path.Name)));
        return declared;
    }

    /// <summary>
    /// The documented requests <paramref name="openApiJson"/> does not declare. A documented segment matches a declared
    /// parameter whatever it holds (<c>…/projections/child-file/rebuild</c> is <c>…/projections/{name}/rebuild</c>).
    /// </summary>
    public static IReadOnlyList<DocumentedRoute> Missing(IEnumerable<DocumentedRoute> routes, string openApiJson)
    {
        var declared = Declared(openApiJson);
        return [.. routes.Where(r => !declared.Any(d => d.Method == r.Method && Matches(r.Shape, d.Shape)))];
    }

    private static bool Matches(string documented, string declared)
    {
        var a = documented.Split('/');
        var b = declared.Split('/');
        return a.Length == b.Length && a.Zip(b).All(p => p.First == p.Second || p.Second == "{}");
    }

    public static string ShapeOf(string path)
    {
        var query = path.IndexOfAny(['?', '#']);
        var bare = query < 0 ? path : path[..query];
        return Parameter().Replace(bare, "{}").TrimEnd('/');
    }

    [GeneratedRegex(@"\b(?<method>GET|POST|PUT|PATCH|DELETE) (?<path>/api/[^\s`)""'|<>]*)")]
    private static partial Regex Request();

    [GeneratedRegex(@"\{[^}/]*\}")]
    private static partial Regex Parameter();
}

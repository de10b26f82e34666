namespace ChildProtection.Deployment.Tests;

/// <summary>Every document of every YAML file under <c>infra/k8s/</c>, indexed by kind and name.</summary>
public sealed class KubernetesManifests
{
    public const string Folder = "infra/k8s";

    public KubernetesManifests(IReadOnlyDictionary<string, string> files)
    {
        Files = files;
        foreach (var (file, text) in files)
        {
            foreach (var doc in Yaml.Documents(text))
            {
                if (doc is Dictionary<object, object?> map && map.Str("kind") is { } kind && kind != "Kustomization")
                {
                    Resources.Add(new Resource(file, kind, map.Str("metadata/name") ?? "", map));
                }
            }
        }
    }

    /// <summary>Relative path (to infra/k8s) → text, for every .yaml file.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    public List<Resource> Resources { get; } = [];

    public static KubernetesManifests Load() => new(
        Directory.EnumerateFiles(Repo.PathOf(Folder), "*.yaml", SearchOption.AllDirectories)
            .ToDictionary(f => System.IO.Path.GetRelativePath(Repo.PathOf(Folder), f).Replace('\\', '/'), File.ReadAllText));

    public Dictionary<object, object?>? Find(string kind, string name) =>
        Resources.FirstOrDefault(r => r.Kind == kind && r.Name == name)?.Body;

    public sealed record Resource(string File, string Kind, string Name, Dictionary<object, object?> Body);
}

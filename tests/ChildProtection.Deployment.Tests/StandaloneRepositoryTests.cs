using System.Text.RegularExpressions;

namespace ChildProtection.Deployment.Tests;

/// <summary>
/// A user's clone is all a user has: documentation links only to files in the repository, and no file, comment or
/// citation depends on material outside it (a design folder beside the project, the team's source-file names) or
/// speaks of the machine it was written on.
/// </summary>
public sealed partial class StandaloneRepositoryTests
{
    private static readonly string[] TextExtensions = [".cs", ".md", ".json", ".sh", ".csproj", ".props", ".targets", ".yml", ".yaml", ".razor", ".resx", ".proto", ".js", ".sql"];
    private static readonly string[] Skipped = ["bin", "obj", "node_modules", ".local", ".git", "test-results"];

    [Fact]
    public void Every_relative_link_in_the_documentation_points_at_a_file_in_the_repository()
    {
        var broken = new List<string>();
        var markdown = Files().Where(f => f.EndsWith(".md", StringComparison.Ordinal)).ToList();
        Assert.Contains(markdown, f => f.EndsWith("docs/architecture.md", StringComparison.Ordinal));
        Assert.Contains(markdown, f => f.EndsWith("docs/domain.md", StringComparison.Ordinal));

        foreach (var file in markdown)
            foreach (Match link in Link().Matches(File.ReadAllText(file)))
            {
                var target = link.Groups["target"].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith('#') || target.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, target.Split('#')[0]));
                var inside = path.StartsWith(Repo.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
                if (!inside || !(File.Exists(path) || Directory.Exists(path))) broken.Add($"{Path.GetRelativePath(Repo.Root, file)} → {target}");
            }

        Assert.Empty(broken);
    }

    [Fact]
    public void No_file_depends_on_material_outside_the_repository_or_speaks_of_the_machine_it_was_written_on()
    {
        var found = new List<string>();
        foreach (var file in Files().Where(f => TextExtensions.Contains(Path.GetExtension(f))))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
                if (Outside().IsMatch(lines[i]) && !file.EndsWith(nameof(StandaloneRepositoryTests) + ".cs", StringComparison.Ordinal))
                    found.Add($"{Path.GetRelativePath(Repo.Root, file)}:{i + 1}: {lines[i].Trim()}");
        }

        Assert.Empty(found);
    }

    private static IEnumerable<string> Files() => Walk(new DirectoryInfo(Repo.Root));

    private static IEnumerable<string> Walk(DirectoryInfo dir)
    {
        foreach (var file in dir.EnumerateFiles()) yield return file.FullName;
        foreach (var sub in dir.EnumerateDirectories().Where(d => !Skipped.Contains(d.Name)))
            foreach (var file in Walk(sub)) yield return file;
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\.\./shared|\b(DOMAIN|ARCHITECTURE|STACK|STYLE)\.md\b|\b00[0-4]_[0-9a-f]{16}\.txt\b|this machine cannot|not served here|is not served|in Debian's RabbitMQ|on this build machine")]
    private static partial Regex Outside();
}

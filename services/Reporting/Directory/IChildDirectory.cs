namespace ChildProtection.Reporting.Directory;

/// <summary>A registry child as the directory answers: its id and region (never its name).</summary>
public sealed record DirectoryChild(Guid ChildId, string RegionCode);

/// <summary>A registry child resembling the reported one, with the registry's score (0..1).</summary>
public sealed record DirectoryCandidate(Guid ChildId, string RegionCode, double Score);

/// <summary>What a reporter knows of a child: an ID number (used for the lookup only, never stored), or name, birth date and region.</summary>
public sealed record ChildQuery(string? IdNumber, string Name, DateOnly? BirthDate, string RegionPrefix);

/// <summary>
/// Registry's <c>registry.v1.ChildDirectory</c>, behind an interface so Reporting's own tests run without Registry.
/// Throws <see cref="DirectoryUnavailableException"/> when Registry cannot answer, <see cref="DirectoryRejectedException"/>
/// when it refuses the query as invalid.
/// </summary>
public interface IChildDirectory
{
    /// <summary>The child, or null when unknown or outside the caller's region.</summary>
    Task<DirectoryChild?> GetChildAsync(Guid childId, CancellationToken ct);

    /// <summary>Registered children resembling the query, best first.</summary>
    Task<IReadOnlyList<DirectoryCandidate>> LookupAsync(ChildQuery query, CancellationToken ct);
}

/// <summary>Registry did not answer (down, deadline exceeded).</summary>
public sealed class DirectoryUnavailableException(string message) : Exception(message);

/// <summary>Registry refused the query (e.g. an ID number that fails its check digit).</summary>
public sealed class DirectoryRejectedException(string message) : Exception(message);

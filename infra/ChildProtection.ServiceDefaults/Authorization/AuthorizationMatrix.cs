namespace ChildProtection.ServiceDefaults;

/// <summary>
/// Who may call what, as data: one <see cref="MatrixEntry"/> per endpoint key (<c>GET /api/police/cases/{id:guid}</c>,
/// <c>grpc /registry.v1.ChildDirectory/Find</c>), read from the service's <c>authorization.json</c>.
/// </summary>
public sealed class AuthorizationMatrix(string source, IReadOnlyDictionary<string, MatrixEntry> entries)
{
    /// <summary>The file the matrix was read from.</summary>
    public string Source { get; } = source;

    /// <summary>Every entry by endpoint key.</summary>
    public IReadOnlyDictionary<string, MatrixEntry> Entries { get; } = entries;

    /// <summary>The entry for <paramref name="key"/>, or null when the matrix does not list the endpoint.</summary>
    public MatrixEntry? Find(string key) => Entries.GetValueOrDefault(key);
}

/// <summary>One endpoint's entry: anonymous, or the departments and, per department, the roles allowed.</summary>
/// <param name="Anonymous">True for endpoints anyone may call (health probes).</param>
/// <param name="Allow">Department (or <c>*</c> for any) → roles (<c>*</c> for any role of that department).</param>
/// <param name="Why">The statute, plan or duty behind the choice, when it is not obvious.</param>
public sealed record MatrixEntry(bool Anonymous, IReadOnlyDictionary<string, IReadOnlySet<string>> Allow, string? Why)
{
    /// <summary>The wildcard for any department or any role.</summary>
    public const string Any = "*";

    /// <summary>
    /// True when the entry lets <paramref name="caller"/> through. The role wildcard <c>*</c> means every role that works with
    /// children, not operators: they run the platform and never read children's data, so an entry names <c>operator</c>
    /// explicitly where they belong (operations, the gateway's proxy, the API documents).
    /// </summary>
    public bool Allows(Caller caller) =>
        Anonymous || RolesAllowed(caller.Department, caller.Role) || RolesAllowed(Any, caller.Role);

    private bool RolesAllowed(string department, string role) =>
        Allow.TryGetValue(department, out var roles) && (roles.Contains(role) || (roles.Contains(Any) && role != Roles.Operator));
}

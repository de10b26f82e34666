using Npgsql;

namespace ChildProtection.Testing;

/// <summary>
/// Runs infra/sql (embedded) as the platform script does: the cluster's roles once per test process, then the
/// append-only audit log in each fresh database, so services under test connect as <c>cp_app</c> like in production.
/// </summary>
public static class DatabaseProvisioning
{
    /// <summary>The non-superuser role the services connect as.</summary>
    public const string AppRole = "cp_app";

    private static readonly Lazy<Task> Roles = new(async () =>
    {
        await using var admin = LocalServers.CreateDataSource("tests-admin");
        await using var cmd = admin.CreateCommand(Script("roles.sql"));
        await cmd.ExecuteNonQueryAsync();
    });

    /// <summary>The password of <see cref="AppRole"/> (env <c>CP_DB_APP_PASSWORD</c>; the local server trusts loopback when unset).</summary>
    public static string? AppPassword => Environment.GetEnvironmentVariable("CP_DB_APP_PASSWORD") is { Length: > 0 } pw ? pw : null;

    /// <summary>Creates the roles (once) and the audit schema, its grants and cp_app's rights in <paramref name="adminConnectionString"/>'s database.</summary>
    public static async Task ProvisionAsync(string adminConnectionString)
    {
        await Roles.Value;
        await using var ds = NpgsqlDataSource.Create(adminConnectionString);
        await using var cmd = ds.CreateCommand(Script("audit.sql"));
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Creates the cluster's roles (<c>cp_app</c>, <c>cp_audit_owner</c>) once per test process.</summary>
    public static Task EnsureRolesAsync() => Roles.Value;

    /// <summary>infra/sql/audit.sql as embedded, for tests that run it the way a deployment does.</summary>
    public static string AuditScript => Script("audit.sql");

    private static string Script(string name)
    {
        using var stream = typeof(DatabaseProvisioning).Assembly.GetManifestResourceStream($"ChildProtection.Sql.{name}")
            ?? throw new InvalidOperationException($"infra/sql/{name} is not embedded in ChildProtection.Testing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

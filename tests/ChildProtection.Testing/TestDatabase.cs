using Npgsql;

namespace ChildProtection.Testing;

/// <summary>A throw-away database on the local server, so a service's fixed schema starts empty.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name) => Name = name;

    public string Name { get; }

    /// <summary>As the superuser: for the tests' own look-ups and set-up.</summary>
    public string ConnectionString =>
        $"Host=127.0.0.1;Port={LocalServers.PostgresPort};Database={Name};Username=postgres;Maximum Pool Size=30;Timeout=5";

    /// <summary>As <c>cp_app</c>, the services' role: what a service under test is given.</summary>
    public string AppConnectionString =>
        $"Host=127.0.0.1;Port={LocalServers.PostgresPort};Database={Name};Username={DatabaseProvisioning.AppRole};"
        + (DatabaseProvisioning.AppPassword is { } pw ? $"Password={pw};" : "") + "Maximum Pool Size=30;Timeout=5";

    public static async Task<TestDatabase> CreateAsync(string prefix)
    {
        var db = new TestDatabase($"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)]);
        await using var admin = LocalServers.CreateDataSource("tests-admin");
        await using var cmd = admin.CreateCommand($"CREATE DATABASE {db.Name}");
        await cmd.ExecuteNonQueryAsync();
        await DatabaseProvisioning.ProvisionAsync(db.ConnectionString);
        return db;
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var ds = NpgsqlDataSource.Create(ConnectionString);
        await using var cmd = ds.CreateCommand(sql);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<string> ScalarTextAsync(string sql)
    {
        await using var ds = NpgsqlDataSource.Create(ConnectionString);
        await using var cmd = ds.CreateCommand(sql);
        return Convert.ToString(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>Runs a statement (test set-up that has no API, e.g. shifting a clock-independent fact).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var ds = NpgsqlDataSource.Create(ConnectionString);
        await using var cmd = ds.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = LocalServers.CreateDataSource("tests-admin");
        await using var cmd = admin.CreateCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        await cmd.ExecuteNonQueryAsync();
    }
}

using ChildProtection.Testing;
using Npgsql;

namespace ChildProtection.ServiceDefaults.Tests.Audit;

/// <summary>
/// infra/sql/audit.sql in the Kubernetes layout: each service's database is owned by the service's own role, and the
/// audit-log Job runs the script with <c>PGOPTIONS='-c cp.app_role=&lt;service&gt;'</c>. Owning the database must not let
/// that role alter the log: it may insert and read entries, nothing more.
/// </summary>
public class AuditProvisioningTests
{
    [Fact]
    public async Task A_service_role_that_owns_its_database_may_only_insert_and_read_the_audit_log_provisioned_for_it()
    {
        await DatabaseProvisioning.EnsureRolesAsync();
        var role = $"svc_{Guid.NewGuid():N}"[..20];
        var database = role + "_db";
        await using var admin = LocalServers.CreateDataSource("tests-admin");
        await Execute(admin, $"CREATE ROLE {role} LOGIN PASSWORD 'audit-provisioning-test'");
        await Execute(admin, $"CREATE DATABASE {database} OWNER {role}");
        try
        {
            var adminOfDatabase = new NpgsqlConnectionStringBuilder(LocalServers.PostgresConnectionString())
            {
                Database = database,
                Options = $"-c cp.app_role={role}", // what PGOPTIONS does for psql in the Job
            };
            await using (var job = NpgsqlDataSource.Create(adminOfDatabase.ConnectionString))
            {
                await Execute(job, DatabaseProvisioning.AuditScript);
                await Execute(job, DatabaseProvisioning.AuditScript); // the Job may run again: idempotent
            }

            var asService = new NpgsqlConnectionStringBuilder(LocalServers.PostgresConnectionString())
            {
                Database = database, Username = role, Password = "audit-provisioning-test",
            };
            await using var service = NpgsqlDataSource.Create(asService.ConnectionString);
            await Execute(service, $"CREATE SCHEMA {role}_own; CREATE TABLE {role}_own.t (id int)"); // its own schema, as at start
            await Execute(service, """
                INSERT INTO audit.entries (at, service, actor, department, role, region, action, outcome, status, correlation_id)
                VALUES (now(), 'police', 'owner-test', 'police', 'officer', '120116', 'GET /api/police/cases', 'success', 200, 'c1')
                """);
            Assert.Equal(1L, await Scalar(service, "SELECT count(*) FROM audit.entries WHERE actor = 'owner-test'"));

            foreach (var statement in new[]
                     {
                         "UPDATE audit.entries SET outcome = 'failed'",
                         "DELETE FROM audit.entries",
                         "TRUNCATE audit.entries",
                         "ALTER TABLE audit.entries DISABLE TRIGGER ALL",
                         "DROP TABLE audit.entries",
                         "DROP SCHEMA audit CASCADE",
                         "ALTER SCHEMA audit RENAME TO old_audit",
                     })
            {
                var denied = await Assert.ThrowsAsync<PostgresException>(() => Execute(service, statement));
                Assert.True(denied.SqlState is PostgresErrorCodes.InsufficientPrivilege, $"{statement}: {denied.SqlState} {denied.MessageText}");
            }
            Assert.Equal(1L, await Scalar(service, "SELECT count(*) FROM audit.entries WHERE outcome = 'success'"));
            Assert.Equal(0L, await Scalar(admin, $"SELECT count(*) FROM pg_roles WHERE rolname = '{role}' AND rolsuper"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await Execute(admin, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            await Execute(admin, $"DROP ROLE IF EXISTS {role}");
        }
    }

    private static async Task Execute(NpgsqlDataSource source, string sql)
    {
        await using var cmd = source.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<long> Scalar(NpgsqlDataSource source, string sql)
    {
        await using var cmd = source.CreateCommand(sql);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

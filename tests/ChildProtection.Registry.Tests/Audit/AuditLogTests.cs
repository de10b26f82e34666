using System.Net;
using System.Net.Http.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;
using Npgsql;

namespace ChildProtection.Registry.Tests.Audit;

/// <summary>Every /api request is recorded in audit.entries: who, in which role and region, what, which child, why, how it ended.</summary>
public class AuditLogTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private const string Number = "120116201503020017";

    private static string Row(string actor, string action) =>
        "SELECT concat_ws('|', service, actor, department, role, region, child_id, purpose, outcome, status, length(correlation_id) > 0) "
        + $"FROM audit.entries WHERE actor = '{actor}' AND action = '{action}' ORDER BY id DESC LIMIT 1";

    [Fact]
    public async Task A_command_and_a_read_of_the_child_are_recorded_with_caller_action_child_purpose_and_outcome()
    {
        var caseworker = registry.ClientAs("civil-affairs", "caseworker", "120116", user: "cw-17");
        var (id, _) = await caseworker.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName()));

        Assert.Equal($"registry|cw-17|civil-affairs|caseworker|120116|{id}|success|201|t",
            await registry.Database.ScalarTextAsync(Row("cw-17", "POST /api/registry/children")));

        var read = new HttpRequestMessage(HttpMethod.Get, $"/api/registry/children/{id}/file");
        read.Headers.Add("X-Access-Purpose", "home visit follow-up");
        Assert.Equal(HttpStatusCode.OK, (await caseworker.SendAsync(read)).StatusCode);
        Assert.Equal($"registry|cw-17|civil-affairs|caseworker|120116|{id}|home visit follow-up|success|200|t",
            await registry.Database.ScalarTextAsync(Row("cw-17", "GET /api/registry/children/{id:guid}/file")));
    }

    [Fact]
    public async Task A_request_the_caller_may_not_make_is_recorded_as_denied()
    {
        var (id, _) = await registry.Caseworker().RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName()));
        var teacher = registry.ClientAs("education", "teacher", "120116", user: "t-3");

        var response = await teacher.PostAsJsonAsync($"/api/registry/children/{id}/file/notes", new { kind = "work-log", text = "x", on = "2025-01-01" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal($"registry|t-3|education|teacher|120116|{id}|denied|403|t",
            await registry.Database.ScalarTextAsync(Row("t-3", "POST /api/registry/children/{id:guid}/file/notes")));
    }

    [Fact]
    public async Task Entries_hold_no_names_id_numbers_or_request_bodies()
    {
        var name = RegistryClient.UniqueName("欧阳");
        var caseworker = registry.Caseworker();
        var (id, _) = await caseworker.RegisterAsync(RegistryClient.Child(name, nationalId: Number));
        await caseworker.GetAsync($"/api/registry/children/{id}?reveal=nationalId");
        await caseworker.GetAsync($"/api/registry/children?region=120116");
        await caseworker.FileAsync(id);

        var everything = await registry.Database.ScalarTextAsync("SELECT string_agg(e::text, ' ') FROM audit.entries e");
        Assert.Contains(id.ToString(), everything, StringComparison.Ordinal);
        Assert.DoesNotContain(name, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Number, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_services_role_may_insert_and_read_the_audit_log_but_never_update_delete_or_truncate_it()
    {
        await using var app = NpgsqlDataSource.Create(registry.Database.AppConnectionString);
        Assert.Equal("cp_app|f|cp_audit_owner", await Text(app,
            "SELECT concat_ws('|', current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
            + "(SELECT tableowner FROM pg_tables WHERE schemaname = 'audit' AND tablename = 'entries'))"));

        await Execute(app, """
            INSERT INTO audit.entries (at, service, actor, department, role, region, action, outcome, status, correlation_id)
            VALUES (now(), 'registry', 'role-test', 'platform', 'operator', '*', 'GET /api/role-test', 'success', 200, 'c1')
            """);
        Assert.Equal("1", await Text(app, "SELECT count(*) FROM audit.entries WHERE actor = 'role-test'"));

        foreach (var statement in new[]
                 {
                     "UPDATE audit.entries SET outcome = 'failed' WHERE actor = 'role-test'",
                     "DELETE FROM audit.entries WHERE actor = 'role-test'",
                     "TRUNCATE audit.entries",
                     "ALTER TABLE audit.entries DISABLE TRIGGER ALL",
                     "DROP TABLE audit.entries",
                 })
        {
            var denied = await Assert.ThrowsAsync<PostgresException>(() => Execute(app, statement));
            Assert.True(denied.SqlState is PostgresErrorCodes.InsufficientPrivilege, $"{statement}: {denied.SqlState} {denied.MessageText}");
        }
        Assert.Equal("1", await Text(app, "SELECT count(*) FROM audit.entries WHERE actor = 'role-test' AND outcome = 'success'"));
    }

    [Fact]
    public async Task A_read_whose_record_cannot_be_written_is_refused_with_503_and_commands_still_answer()
    {
        var caseworker = registry.Caseworker();
        var (id, _) = await caseworker.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName()));
        await registry.Database.ExecuteAsync("REVOKE INSERT ON audit.entries FROM cp_app");
        try
        {
            var read = new HttpRequestMessage(HttpMethod.Get, $"/api/registry/children/{id}/file");
            read.Headers.Add("X-Access-Purpose", "home visit follow-up");
            var response = await caseworker.SendAsync(read);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.DoesNotContain("entries", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await caseworker.GetAsync($"/api/registry/children/{id}")).StatusCode);
        }
        finally
        {
            await registry.Database.ExecuteAsync("GRANT INSERT ON audit.entries TO cp_app");
        }
        Assert.Equal(HttpStatusCode.OK, (await caseworker.GetAsync($"/api/registry/children/{id}")).StatusCode);
    }

    private static async Task Execute(NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<string> Text(NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        return Convert.ToString(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}

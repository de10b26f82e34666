using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace ChildProtection.Testing;

/// <summary>
/// The real PostgreSQL and RabbitMQ that <c>infra/platform.sh test</c> starts on loopback. Ports come from
/// the same environment variables the script exports, with the script's defaults.
/// </summary>
public static class LocalServers
{
    public static int PostgresPort => Port("CP_PG_PORT", 55432);
    public static int RabbitPort => Port("CP_RABBIT_PORT", 55672);
    public static int RabbitManagementPort => Port("CP_RABBIT_MGMT_PORT", 55680);
    public static int EpmdPort => Port("CP_EPMD_PORT", 54369);

    /// <summary>Connection string of the platform's database on the local server.</summary>
    public static string PostgresConnectionString(string applicationName = "tests") =>
        $"Host=127.0.0.1;Port={PostgresPort};Database=childprotection;Username=postgres;Application Name={applicationName};Maximum Pool Size=40;Timeout=5";

    /// <summary>A data source on the local server.</summary>
    public static NpgsqlDataSource CreateDataSource(string applicationName = "tests") =>
        NpgsqlDataSource.Create(PostgresConnectionString(applicationName));

    /// <summary>A fresh schema name, so tests never see each other's data.</summary>
    public static string UniqueSchema(string prefix = "t") => $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 17, 63)];

    /// <summary>Stops the RabbitMQ application (the node stays up so it can be started again).</summary>
    public static Task StopRabbitAsync() => RabbitCtlAsync("stop_app");

    /// <summary>Starts the RabbitMQ application again and waits for its port.</summary>
    public static async Task StartRabbitAsync()
    {
        await RabbitCtlAsync("start_app");
        await RabbitCtlAsync("await_startup");
    }

    /// <summary>
    /// Stops this repository's PostgreSQL as <c>infra/platform.sh down</c> does (<c>pg_ctl stop -m fast</c>: open
    /// sessions are ended). Fails when the server answering on the port was not started from this repository.
    /// </summary>
    public static Task StopPostgresAsync() => PostgresScriptAsync(
        "pg_our_pid >/dev/null || die 'the PostgreSQL on this port was not started from this repository; cannot restart it'; pg_stop");

    /// <summary>Starts this repository's PostgreSQL again as <c>infra/platform.sh up</c> does, and waits until it answers.</summary>
    public static Task StartPostgresAsync() => PostgresScriptAsync("pg_start");

    private static async Task PostgresScriptAsync(string script)
    {
        var psi = new ProcessStartInfo("bash", ["-c", $"set -euo pipefail; source infra/local/common.sh; source infra/local/postgres.sh; {script}"])
        {
            WorkingDirectory = ServiceProcess.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.Environment["CP_ROOT"] = ServiceProcess.RepoRoot;
        psi.Environment["CP_PG_PORT"] = PostgresPort.ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("bash did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{script} failed ({process.ExitCode}): {await stdout}{await stderr}");
    }

    /// <summary>
    /// A fresh RabbitMQ virtual host for guest: a test's services then share no queue with the developer's running
    /// platform or another test (competing consumers would take each other's messages).
    /// </summary>
    public static async Task<string> CreateVirtualHostAsync(string prefix)
    {
        var name = $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 60)];
        await RabbitCtlAsync($"add_vhost {name}");
        await RabbitCtlAsync($"set_permissions -p {name} guest .* .* .*");
        return name;
    }

    /// <summary>
    /// Deletes a virtual host made by <see cref="CreateVirtualHostAsync"/>, with its queues. Never the default <c>/</c>:
    /// a fixture whose set-up failed before it made its own still holds <c>/</c>, and deleting that would hang every
    /// later test that connects to it.
    /// </summary>
    public static Task DeleteVirtualHostAsync(string name) => name == "/" ? Task.CompletedTask : RabbitCtlAsync($"delete_vhost {name}");

    private static async Task RabbitCtlAsync(string command)
    {
        var psi = new ProcessStartInfo("rabbitmqctl", $"-q -n rabbit@localhost {command}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.Environment["ERL_EPMD_PORT"] = EpmdPort.ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("rabbitmqctl did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"rabbitmqctl {command} failed ({process.ExitCode}): {await stderr}");
    }

    private static int Port(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var p) ? p : fallback;
}

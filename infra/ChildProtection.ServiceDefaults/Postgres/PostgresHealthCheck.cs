using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace ChildProtection.ServiceDefaults;

/// <summary>Ready when PostgreSQL answers <c>SELECT 1</c> within a few seconds.</summary>
internal sealed class PostgresHealthCheck(IServiceProvider services) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        NpgsqlDataSource dataSource;
        try
        {
            dataSource = services.GetRequiredService<NpgsqlDataSource>();
        }
        catch (InvalidOperationException missing)
        {
            // The data source factory names the missing setting; say it here rather than at every request.
            return new HealthCheckResult(context.Registration.FailureStatus, missing.Message);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy("PostgreSQL answered.");
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return new HealthCheckResult(
                context.Registration.FailureStatus, $"PostgreSQL is not reachable ({e.GetType().Name}).", e);
        }
    }
}

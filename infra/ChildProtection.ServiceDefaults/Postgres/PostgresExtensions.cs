using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ChildProtection.ServiceDefaults.Audit;
using Npgsql;

namespace ChildProtection.ServiceDefaults;

/// <summary>The service's PostgreSQL data source and its readiness check.</summary>
public static class PostgresExtensions
{
    /// <summary>The connection string name: <c>ConnectionStrings:Postgres</c>.</summary>
    public const string ConnectionStringName = "Postgres";

    /// <summary>
    /// Registers a singleton <see cref="NpgsqlDataSource"/> from <c>ConnectionStrings:Postgres</c> (application
    /// name = service name, so <c>pg_stat_activity</c> shows who holds a connection) and a <c>postgres</c>
    /// readiness check. A missing connection string fails readiness and the first use, naming the setting.
    /// </summary>
    public static TBuilder AddPostgres<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.TryAddSingleton(services =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var connectionString = configuration.GetConnectionString(ConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    $"ConnectionStrings:{ConnectionStringName} is not configured (env ConnectionStrings__{ConnectionStringName}).");
            }

            var dataSource = new NpgsqlDataSourceBuilder(connectionString);
            dataSource.ConnectionStringBuilder.ApplicationName ??=
                ServiceIdentity.Name(configuration, services.GetRequiredService<IHostEnvironment>());
            // A pooled connection is not reset (DISCARD ALL) on every reuse: that discarded the plans PostgreSQL caches for
            // Marten's append function and cost a third of a short append's time (measured: tests/Benchmarks "append").
            // Nothing here leaves session state behind: advisory locks are released explicitly, no temporary tables, no SET.
            if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
                dataSource.ConnectionStringBuilder.NoResetOnClose = true;
            dataSource.UseLoggerFactory(services.GetRequiredService<ILoggerFactory>());
            return dataSource.Build();
        });

        builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: [HealthTags.Ready]);
        // A service with a database records every request in its audit log (UseServiceDefaults adds the middleware).
        builder.Services.AddAuditLog();
        return builder;
    }
}

using ChildProtection.EventStore.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChildProtection.EventStore.Subscriptions;

/// <summary>
/// LISTENs on the schema's channel and wakes subscriptions when an append commits. Polling in the
/// subscriptions remains the fallback, so a lost connection only slows delivery down.
/// </summary>
public sealed class EventNotificationListener(PostgresEventStore store, ChangeSignal signal, ILogger<EventNotificationListener> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var conn = await store.DataSource.OpenConnectionAsync(stoppingToken);
                conn.Notification += (_, _) => signal.Set();
                await using (var cmd = new NpgsqlCommand($"LISTEN {EventStoreSchema.Channel(store.Schema)}", conn))
                    await cmd.ExecuteNonQueryAsync(stoppingToken);
                signal.Set(); // catch up on anything committed before we listened
                while (!stoppingToken.IsCancellationRequested)
                    await conn.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException or InvalidOperationException)
            {
                log.LogWarning("Event notification listener lost its connection ({Error}); retrying", e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}

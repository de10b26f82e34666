using ChildProtection.EventStore.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChildProtection.EventStore.Subscriptions;

/// <summary>
/// Runs one named subscription over the ordered feed: one leader across instances (advisory lock),
/// woken by NOTIFY with polling as the fallback, checkpoint advanced only after a batch is handled.
/// </summary>
public abstract class SubscriptionWorker(PostgresEventStore store, ChangeSignal signal, EventStoreOptions options, ILogger log)
    : BackgroundService
{
    private volatile bool _isLeader;

    /// <summary>The subscription's name (its checkpoint row).</summary>
    public abstract string Name { get; }

    /// <summary>Whether this instance currently leads the subscription.</summary>
    public bool IsLeader => _isLeader;

    protected PostgresEventStore Store => store;
    protected CheckpointStore Checkpoints { get; } = new(store);
    protected EventFeed Feed { get; } = new(store);

    /// <summary>
    /// Handles a batch read after <paramref name="from"/> and advances the checkpoint to after its last
    /// event (with compare-and-swap). Returns false if the checkpoint had moved (rebuild or deposed leader).
    /// </summary>
    protected abstract Task<bool> HandleBatchAsync(Checkpoint from, IReadOnlyList<StoredEvent> batch, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var leader = await LeaderLock.TryAcquireAsync(store.DataSource, $"cp-sub:{store.Schema}:{Name}", stoppingToken);
                if (leader is null)
                {
                    await Task.Delay(options.LeaseCheckInterval, stoppingToken);
                    continue;
                }
                _isLeader = true;
                backoff = TimeSpan.FromMilliseconds(200); // a database that answers again is retried promptly next time
                log.LogInformation("Subscription {Subscription} in {Schema}: this instance leads", Name, store.Schema);
                await LeadAsync(leader, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception e)
            {
                log.LogWarning("Subscription {Subscription} in {Schema} failed: {Error}; retrying in {Delay}",
                    Name, store.Schema, e.Message, backoff);
                await Task.Delay(backoff, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                backoff = TimeSpan.FromMilliseconds(Math.Min(backoff.TotalMilliseconds * 2, 10_000));
            }
            finally
            {
                _isLeader = false;
            }
        }
    }

    private async Task LeadAsync(LeaderLock leader, CancellationToken ct)
    {
        var lastLeaseCheck = DateTime.UtcNow;
        var from = await Checkpoints.LoadAsync(Name, ct);
        while (!ct.IsCancellationRequested)
        {
            if (DateTime.UtcNow - lastLeaseCheck >= options.LeaseCheckInterval)
            {
                if (!await leader.IsHeldAsync(ct)) throw new InvalidOperationException("lost the leader lock");
                lastLeaseCheck = DateTime.UtcNow;
            }
            var batch = await Feed.ReadAfterAsync(from, options.BatchSize, ct);
            EventStoreTelemetry.RecordLag(store.Schema, Name,
                batch.Count == 0 ? 0 : Math.Max(0, (DateTimeOffset.UtcNow - batch[0].RecordedAt).TotalSeconds));
            if (batch.Count == 0)
            {
                await signal.WaitAsync(options.PollInterval, ct);
                // Idle: re-read the checkpoint, so a rebuild that reset it is noticed.
                from = await Checkpoints.LoadAsync(Name, ct);
                continue;
            }
            if (await HandleBatchAsync(from, batch, ct))
            {
                from = Checkpoint.After(batch[^1]);
                continue;
            }
            log.LogInformation("Subscription {Subscription}: checkpoint moved underneath (rebuild or takeover); re-reading", Name);
            from = await Checkpoints.LoadAsync(Name, ct);
        }
    }
}

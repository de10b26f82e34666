using System.Diagnostics;
using System.Text.Json;
using ChildProtection.EventStore.Projections;
using Npgsql;
using NpgsqlTypes;

namespace ChildProtection.EventStore.Storage;

/// <summary>
/// A Marten-shaped event store on plain Npgsql: one short transaction per append on one stream,
/// the stream row written first (check-and-bump), then the events, then inline projections.
/// </summary>
public sealed class PostgresEventStore
{
    /// <summary>Expected version of a stream that must not exist yet.</summary>
    public const long NewStream = 0;

    private readonly NpgsqlDataSource _dataSource;
    private readonly EventStoreOptions _options;
    private readonly TimeProvider _clock;
    private readonly string _s;

    public PostgresEventStore(NpgsqlDataSource dataSource, EventStoreOptions options, TimeProvider clock)
    {
        options.Validate();
        _dataSource = dataSource;
        _options = options;
        _clock = clock;
        _s = options.Schema;
    }

    /// <summary>The schema this store writes to.</summary>
    public string Schema => _s;

    /// <summary>The registered event types.</summary>
    public EventTypes Types => _options.Events;

    internal NpgsqlDataSource DataSource => _dataSource;

    /// <summary>Creates the tables if missing (idempotent).</summary>
    public Task EnsureSchemaAsync(CancellationToken ct = default) => EventStoreSchema.EnsureAsync(_dataSource, _s, ct);

    /// <summary>Starts a new stream; a concurrency conflict if it already exists.</summary>
    public Task<AppendResult> StartStreamAsync(Guid streamId, string streamType, IReadOnlyList<object> events,
        EventMetadata metadata, AppendOptions? options = null, CancellationToken ct = default) =>
        AppendAsync(streamId, streamType, NewStream, events, metadata, options, ct);

    /// <summary>
    /// Appends to a stream expected to be at <paramref name="expectedVersion"/> (0 = must not exist;
    /// null = any version, creating it if needed). Throws <see cref="ConcurrencyException"/> otherwise.
    /// </summary>
    public async Task<AppendResult> AppendAsync(Guid streamId, string streamType, long? expectedVersion,
        IReadOnlyList<object> events, EventMetadata metadata, AppendOptions? options = null, CancellationToken ct = default)
    {
        if (events.Count == 0) throw new ArgumentException("Nothing to append.", nameof(events));
        using var activity = EventStoreTelemetry.Source.StartActivity("event_store.append");
        activity?.SetTag("event_store.schema", _s);
        activity?.SetTag("event_store.events", events.Count);

        var names = events.Select(_options.Events.NameOf).ToArray();
        var data = events.Select(_options.Events.Serialize).ToArray();
        var ids = events.Select(_ => Guid.CreateVersion7()).ToArray();
        var metadataJson = JsonSerializer.Serialize(metadata, EventTypes.Json);
        var now = _clock.GetUtcNow();

        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        try
        {
            // One round trip: bump the stream row (the transaction's first write, which orders the feed
            // correctly), insert the events only if the bump matched, and queue the wake-up notification.
            await using var batch = new NpgsqlBatch(conn, tx);
            batch.BatchCommands.Add(AppendCommand(streamId, streamType, expectedVersion, ids, names, data, metadataJson, now));
            var notify = new NpgsqlBatchCommand("SELECT pg_notify($1, '')");
            notify.Parameters.Add(new NpgsqlParameter { Value = EventStoreSchema.Channel(_s) });
            if (_options.NotifyOnAppend) batch.BatchCommands.Add(notify);
            var stored = new StoredEvent[events.Count];
            long baseVersion = -1;
            await using (var reader = await batch.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    var version = reader.GetInt64(2);
                    baseVersion = reader.GetInt64(3);
                    var i = (int)(version - baseVersion - 1);
                    stored[i] = new StoredEvent(reader.GetInt64(0), ulong.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture),
                        streamId, version, ids[i], names[i], events[i], metadata, now);
                }
            }
            if (baseVersion < 0) throw new ConcurrencyException(streamId, expectedVersion ?? -1);
            foreach (var projection in _options.InlineProjections)
                await projection.ApplyAsync(new ProjectionContext(conn, tx, _s), stored, ct);
            if (options?.InTransaction is { } extra) await extra(conn, tx, ct);
            if (options?.Inbox is { } mark) await InboxTable.InsertAsync(conn, tx, _s, mark, ct);
            await tx.CommitAsync(ct);
            EventStoreTelemetry.Appended.Add(events.Count, new KeyValuePair<string, object?>("schema", _s));
            return new AppendResult(streamId, baseVersion + events.Count, stored);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation
                                          && e.ConstraintName is { } c
                                          && (c.StartsWith("streams", StringComparison.Ordinal) || c.StartsWith("events_stream_id", StringComparison.Ordinal)))
        {
            await SafeRollback(tx);
            EventStoreTelemetry.Conflicts.Add(1, new KeyValuePair<string, object?>("schema", _s));
            throw new ConcurrencyException(streamId, expectedVersion ?? -1);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName?.StartsWith("inbox", StringComparison.Ordinal) == true)
        {
            await SafeRollback(tx);
            throw new DuplicateMessageException(options!.Inbox!.Consumer, options.Inbox.MessageId);
        }
        catch (ConcurrencyException)
        {
            await SafeRollback(tx);
            EventStoreTelemetry.Conflicts.Add(1, new KeyValuePair<string, object?>("schema", _s));
            throw;
        }
        catch
        {
            await SafeRollback(tx);
            throw;
        }
    }

    private NpgsqlBatchCommand AppendCommand(Guid streamId, string streamType, long? expectedVersion, Guid[] ids, string[] names,
        string[] data, string metadataJson, DateTimeOffset now)
    {
        // $1 stream id, $2 stream type, $3 event count, $4 now, $5 expected version, $6..$8 event arrays, $9 metadata.
        var bump = expectedVersion switch
        {
            NewStream => $"INSERT INTO {_s}.streams (id, type, version, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING 0::bigint AS base",
            null => $"""
                INSERT INTO {_s}.streams AS s (id, type, version, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
                ON CONFLICT (id) DO UPDATE SET version = s.version + $3, updated_at = $4 RETURNING s.version - $3 AS base
                """,
            _ => $"UPDATE {_s}.streams SET version = version + $3, updated_at = $4 WHERE id = $1 AND version = $5 RETURNING version - $3 AS base",
        };
        var command = new NpgsqlBatchCommand($"""
            WITH bumped AS ({bump})
            INSERT INTO {_s}.events (stream_id, version, event_id, type, data, metadata, recorded_at)
            SELECT $1, bumped.base + x.ord, x.id, x.type, x.data::jsonb, $9::jsonb, $4
            FROM bumped, unnest($6::uuid[], $7::text[], $8::text[]) WITH ORDINALITY AS x(id, type, data, ord)
            ORDER BY x.ord
            RETURNING position, transaction_id::text, version, (SELECT base FROM bumped)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        command.Parameters.Add(new NpgsqlParameter { Value = streamType });
        command.Parameters.Add(new NpgsqlParameter { Value = (long)ids.Length });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = expectedVersion ?? -1 });
        command.Parameters.Add(new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = names, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = data, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = metadataJson });
        return command;
    }

    /// <summary>Reads one stream's events in version order (empty when the stream does not exist).</summary>
    public async Task<IReadOnlyList<StoredEvent>> FetchStreamAsync(Guid streamId, CancellationToken ct = default)
    {
        await using var cmd = _dataSource.CreateCommand(
            $"SELECT {EventReader.Columns} FROM {_s}.events WHERE stream_id = @id ORDER BY version");
        cmd.Parameters.AddWithValue("id", streamId);
        return await EventReader.ReadAllAsync(cmd, _options.Events, ct);
    }

    /// <summary>
    /// Folds a stream into its current state with a pure evolve function; returns the state and the
    /// version to pass as the expected version of the next append (0 when the stream does not exist).
    /// </summary>
    public async Task<(TState State, long Version)> AggregateStreamAsync<TState>(Guid streamId, TState initial,
        Func<TState, object, TState> evolve, CancellationToken ct = default)
    {
        var events = await FetchStreamAsync(streamId, ct);
        var state = initial;
        foreach (var e in events) state = evolve(state, e.Data);
        return (state, events.Count == 0 ? NewStream : events[^1].Version);
    }

    private static async Task SafeRollback(NpgsqlTransaction tx)
    {
        try { await tx.RollbackAsync(); }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException) { Debug.WriteLine(e.Message); }
    }
}

using Npgsql;

namespace ChildProtection.EventStore.Subscriptions;

/// <summary>
/// Leadership for one subscription across instances: a session advisory lock held on a dedicated
/// connection. If the process or its connection dies, PostgreSQL releases the lock and a standby takes over.
/// </summary>
public sealed class LeaderLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _conn;
    private readonly long _key;

    private LeaderLock(NpgsqlConnection conn, long key)
    {
        _conn = conn;
        _key = key;
    }

    /// <summary>Takes the lock if nobody holds it; null otherwise.</summary>
    public static async Task<LeaderLock?> TryAcquireAsync(NpgsqlDataSource dataSource, string name, CancellationToken ct)
    {
        var conn = await dataSource.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = new NpgsqlCommand("SELECT hashtextextended(@k, 0)", conn);
            cmd.Parameters.AddWithValue("k", name);
            var key = (long)(await cmd.ExecuteScalarAsync(ct))!;
            await using var tryLock = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", conn);
            tryLock.Parameters.AddWithValue("key", key);
            if ((bool)(await tryLock.ExecuteScalarAsync(ct))!) return new LeaderLock(conn, key);
        }
        catch
        {
            await conn.DisposeAsync();
            throw;
        }
        await conn.DisposeAsync();
        return null;
    }

    /// <summary>Whether the lock's connection is still alive (and so the lock still held).</summary>
    public async Task<bool> IsHeldAsync(CancellationToken ct)
    {
        try
        {
            await using var cmd = new NpgsqlCommand("SELECT 1", _conn);
            await cmd.ExecuteScalarAsync(ct);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The connection goes back to the pool: release the session lock explicitly so it is not kept there.
        try
        {
            await using var cmd = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _conn);
            cmd.Parameters.AddWithValue("key", _key);
            await cmd.ExecuteScalarAsync();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // A broken connection is discarded by the pool, and its lock died with the session.
        }
        await _conn.DisposeAsync();
    }
}

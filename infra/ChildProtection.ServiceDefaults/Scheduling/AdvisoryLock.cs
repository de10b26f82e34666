using Npgsql;

namespace ChildProtection.ServiceDefaults.Scheduling;

/// <summary>One instance at a time: a PostgreSQL session advisory lock held on a connection of its own while a job runs.</summary>
public static class AdvisoryLock
{
    /// <summary>
    /// Runs <paramref name="job"/> on the lock's connection while holding lock <paramref name="key"/>; null, without
    /// running it, when another instance holds the lock. The lock is released whatever the job does.
    /// </summary>
    public static async Task<T?> TryRunAsync<T>(NpgsqlDataSource db, long key, Func<NpgsqlConnection, Task<T>> job, CancellationToken ct)
        where T : struct
    {
        await using var lockConn = await db.OpenConnectionAsync(ct);
        await using (var take = new NpgsqlCommand($"SELECT pg_try_advisory_lock({key})", lockConn))
            if (await take.ExecuteScalarAsync(ct) is not true) return null;
        try
        {
            return await job(lockConn);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({key})", lockConn);
            await release.ExecuteScalarAsync(CancellationToken.None);
        }
    }
}

using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using Npgsql;

namespace ChildProtection.Registry.Surveys;

/// <summary>
/// One survey import per province at a time, across instances (a session advisory lock, no open transaction): two
/// overlapping files uploaded at once would otherwise both register the same new children.
/// </summary>
public sealed class SurveyImportLock(NpgsqlDataSource db, ServiceSchema schema)
{
    /// <summary>The held lock, or null when another import for the province is running.</summary>
    public async Task<IAsyncDisposable?> TryTakeAsync(Caller caller, CancellationToken ct)
    {
        var key = $"{schema.Name}.survey-import:" + (caller.SeesAllRegions ? RegionCodes.All : caller.Region[..2]);
        var conn = await db.OpenConnectionAsync(ct);
        await using var take = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtext(@key))", conn);
        take.Parameters.AddWithValue("key", key);
        if (await take.ExecuteScalarAsync(ct) is true) return new Held(conn, key);
        await conn.DisposeAsync();
        return null;
    }

    private sealed class Held(NpgsqlConnection conn, string key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using (var release = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext(@key))", conn))
            {
                release.Parameters.AddWithValue("key", key);
                await release.ExecuteScalarAsync(CancellationToken.None);
            }
            await conn.DisposeAsync();
        }
    }
}

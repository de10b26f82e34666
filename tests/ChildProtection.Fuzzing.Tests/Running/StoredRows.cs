using Npgsql;

namespace ChildProtection.Fuzzing.Tests.Running;

/// <summary>
/// Row counts of every table the service keeps, to prove a fuzz run stored nothing. Left out: the audit log
/// (schema <c>audit</c> or a table named <c>*audit*</c>), which records refused requests by design, and the async daemon's
/// own bookkeeping (<c>mt_event_progression</c>, <c>mt_high_water*</c>: where it has read up to, not what was stored).
/// Nothing else is left out: the inbox moves only on messages, and the service's virtual host has no other publisher.
/// </summary>
public static class StoredRows
{
    public static async Task<IReadOnlyDictionary<string, long>> CountAsync(string connectionString)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        var tables = new List<string>();
        await using (var list = source.CreateCommand("""
            SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables
            WHERE table_type = 'BASE TABLE'
              AND table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg\_%'
              AND table_schema <> 'audit' AND table_name NOT LIKE '%audit%'
              AND table_name <> 'mt_event_progression' AND table_name NOT LIKE 'mt\_high\_water%'
            ORDER BY 1
            """))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = source.CreateCommand($"SELECT count(*) FROM {table}");
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }
        return counts;
    }

    /// <summary>Counts once the service has settled: two readings a moment apart that agree.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> SettledAsync(string connectionString)
    {
        var previous = await CountAsync(connectionString);
        for (var i = 0; i < 20; i++)
        {
            await Task.Delay(250);
            var current = await CountAsync(connectionString);
            if (current.SequenceEqual(previous)) return current;
            previous = current;
        }
        return previous;
    }

    public static IEnumerable<string> Differences(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        before.Keys.Union(after.Keys)
            .Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t))
            .Select(t => $"{t}: {before.GetValueOrDefault(t)} → {after.GetValueOrDefault(t)}");
}

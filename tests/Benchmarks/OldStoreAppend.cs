using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using Npgsql;

namespace ChildProtection.Benchmarks;

/// <summary>The platform's earlier hand-made store, measured once beside Marten before it is deleted.</summary>
public sealed class OldStoreAppend(PostgresEventStore store)
{
    public static async Task<OldStoreAppend> CreateAsync(NpgsqlDataSource db)
    {
        var options = new EventStoreOptions { Schema = "oldstore" };
        options.Events.Register<AppendBenchmark.Noted>("bench.noted.v1");
        var store = new PostgresEventStore(db, options, TimeProvider.System);
        await store.EnsureSchemaAsync();
        return new OldStoreAppend(store);
    }

    public Task AppendAsync(Guid stream, long version, IReadOnlyList<object> events) =>
        store.AppendAsync(stream, "bench", version, events, EventMetadata.ForSystem("benchmark"));
}

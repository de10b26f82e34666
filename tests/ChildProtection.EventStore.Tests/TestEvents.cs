using ChildProtection.EventStore;
using ChildProtection.EventStore.Hosting;
using ChildProtection.EventStore.Storage;
using ChildProtection.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChildProtection.EventStore.Tests;

public sealed record Opened(Guid Id, string Name);
public sealed record Noted(Guid Id, int N);

/// <summary>An integration message published by the outbox in these tests.</summary>
public sealed record TestNoted(Guid StreamId, int N);

/// <summary>A store on a fresh schema of the real local PostgreSQL.</summary>
public sealed class TestStore : IAsyncDisposable
{
    public TestStore(Action<EventStoreOptions>? configure = null, string? schema = null)
    {
        Options = new EventStoreOptions { Schema = schema ?? LocalServers.UniqueSchema() };
        Options.Events.Register<Opened>("test.opened.v1").Register<Noted>("test.noted.v1");
        Options.PollInterval = TimeSpan.FromMilliseconds(200);
        Options.LeaseCheckInterval = TimeSpan.FromMilliseconds(500);
        configure?.Invoke(Options);
        DataSource = LocalServers.CreateDataSource();
        Store = new PostgresEventStore(DataSource, Options, TimeProvider.System);
    }

    public EventStoreOptions Options { get; }
    public Npgsql.NpgsqlDataSource DataSource { get; }
    public PostgresEventStore Store { get; }

    public static EventMetadata Meta => EventMetadata.ForSystem("test");

    public async Task<TestStore> InitAsync()
    {
        await new EventStoreInitializer(Store, Options, NullLogger<EventStoreInitializer>.Instance).StartAsync(default);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await using (var cmd = DataSource.CreateCommand($"DROP SCHEMA IF EXISTS {Options.Schema} CASCADE"))
            await cmd.ExecuteNonQueryAsync();
        await DataSource.DisposeAsync();
    }
}

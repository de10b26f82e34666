using ChildProtection.Testing;
using Marten;
using Weasel.Core;

namespace ChildProtection.EventSourcing.Tests;

/// <summary>The schema is applied once at start; a database of the earlier event store is refused plainly.</summary>
public sealed class SchemaTests
{
    [Fact]
    public async Task A_second_instance_on_the_same_database_finds_nothing_to_change()
    {
        await using var first = await EventSourcingHost.StartAsync();
        await using var second = await EventSourcingHost.StartAsync(first.Database, first.VirtualHost);

        var migration = await second.Store.Storage.Database.CreateMigrationAsync();
        Assert.Equal(SchemaPatchDifference.None, migration.Difference);
    }

    [Fact]
    public async Task A_database_written_by_the_earlier_event_store_is_refused_with_how_to_start_fresh()
    {
        var database = await TestDatabase.CreateAsync("event_sourcing_tests");
        var vhost = await LocalServers.CreateVirtualHostAsync("eventsourcing");
        try
        {
            await database.ExecuteAsync($"""
                CREATE SCHEMA {EventSourcingHost.Schema} AUTHORIZATION cp_app;
                CREATE TABLE {EventSourcingHost.Schema}.streams (id uuid PRIMARY KEY, type text NOT NULL, version bigint NOT NULL);
                CREATE TABLE {EventSourcingHost.Schema}.events (position bigint PRIMARY KEY, stream_id uuid NOT NULL, version bigint NOT NULL);
                """);

            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => EventSourcingHost.StartAsync(database, vhost));

            Assert.Contains("earlier event store", refused.Message);
            Assert.Contains("infra/platform.sh down --purge", refused.Message);
            Assert.Equal(0, await database.ScalarAsync(
                $"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{EventSourcingHost.Schema}' AND table_name = 'mt_events'"));
        }
        finally
        {
            await database.DisposeAsync();
            await LocalServers.DeleteVirtualHostAsync(vhost);
        }
    }
}

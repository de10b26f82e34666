using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using ChildProtection.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChildProtection.EventSourcing.Tests;

/// <summary>An async projection rebuilt from zero by the operator command equals the live one.</summary>
public sealed class RebuildTests
{
    [Fact]
    public async Task A_projection_rebuilt_from_zero_equals_the_live_one()
    {
        await using var host = await EventSourcingHost.StartAsync();
        var notes = 0;
        for (var i = 0; i < 20; i++)
        {
            await host.OpenAsync(notes: 1 + i % 3);
            notes += 1 + i % 3;
        }
        await Eventually.TrueAsync(async () => await host.ScalarAsync("SELECT count(*) FROM {schema}.notes_log") == notes, TimeSpan.FromSeconds(30),
            "the live projection caught up");
        var live = await RowsAsync(host);
        var operations = host.Services.GetRequiredService<ProjectionOperations>();

        Assert.True(operations.TryStartRebuild(NotesLog.ProjectionName, out var reason), reason);
        Assert.False(operations.TryStartRebuild(NotesLog.ProjectionName, out _)); // one rebuild at a time
        await Eventually.TrueAsync(async () => (await operations.StatusAsync(default))
                .Any(s => s.Name == NotesLog.ProjectionName && s.LastRebuild?.State == "completed"),
            TimeSpan.FromSeconds(60), "the rebuild completes");

        Assert.Equal(live, await RowsAsync(host));
        var all = await operations.StatusAsync(default);
        var status = all.Single(s => s.Name == NotesLog.ProjectionName);
        Assert.True(status.Async);
        Assert.Equal(0, status.EventsBehind);
        Assert.True(status.RunningHere, string.Join("; ", all));
        Assert.True(all.Single(s => s.Name == "outbox").RunningHere, string.Join("; ", all));
    }

    private static async Task<List<string>> RowsAsync(EventSourcingHost host)
    {
        await using var ds = NpgsqlDataSource.Create(host.Database.ConnectionString);
        await using var cmd = ds.CreateCommand($"SELECT event_id, thing_id, n FROM {EventSourcingHost.Schema}.notes_log ORDER BY position");
        var rows = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) rows.Add($"{r.GetGuid(0)} {r.GetGuid(1)} {r.GetInt32(2)}");
        return rows;
    }
}

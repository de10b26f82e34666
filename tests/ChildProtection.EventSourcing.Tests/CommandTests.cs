using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.EventSourcing.Tests;

/// <summary>The one command step on Marten: If-Match, jurisdiction, optimistic concurrency, no gap and no duplicate version.</summary>
public sealed class CommandTests : IAsyncLifetime
{
    private EventSourcingHost _host = null!;

    public async Task InitializeAsync() => _host = await EventSourcingHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private StreamCommand Command => _host.Services.GetRequiredService<StreamCommand>();

    private Task<IResult> NoteAsync(Guid id, string ifMatch, int n, string region = "120116") =>
        Command.ChangeAsync(_host.Request(region, ifMatch), id, Thing.Kind, (_, _) => Decision.Accept(new ThingNoted(id, n)), (s, v) => s, default);

    private static int StatusOf(IResult result) => result switch
    {
        Ok<object> => 200,
        IStatusCodeHttpResult { StatusCode: { } code } => code,
        _ => throw new InvalidOperationException($"Unexpected result {result.GetType().Name}"),
    };

    [Fact]
    public async Task Concurrent_commands_at_the_same_version_one_wins_the_others_get_409_and_versions_have_no_gap()
    {
        var id = await _host.OpenAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 8).Select(n => Task.Run(async () =>
        {
            try
            {
                return StatusOf(await NoteAsync(id, "\"1\"", n));
            }
            catch (JasperFx.ConcurrencyException)
            {
                return 409; // what the platform's exception handler answers for a conflict found at save
            }
        })));

        Assert.Equal(1, outcomes.Count(s => s == 200));
        Assert.Equal(7, outcomes.Count(s => s == 409));
        Assert.Equal(2, await _host.ScalarAsync($"SELECT count(*) FROM {{schema}}.mt_events WHERE stream_id = '{id}'"));
        Assert.Equal(2, await _host.ScalarAsync($"SELECT count(DISTINCT version) FROM {{schema}}.mt_events WHERE stream_id = '{id}' AND version IN (1, 2)"));
        Assert.Equal(2, await _host.ScalarAsync($"SELECT version FROM {{schema}}.mt_streams WHERE id = '{id}'"));
        Assert.Equal(1, await _host.ScalarAsync($"SELECT notes FROM {{schema}}.things WHERE id = '{id}'"));
    }

    [Fact]
    public async Task A_change_needs_the_current_ETag_and_answers_with_the_next()
    {
        var id = await _host.OpenAsync(notes: 1);

        Assert.Equal(428, StatusOf(await Command.ChangeAsync(_host.Request(), id, Thing.Kind, (_, _) => Decision.Accept(new ThingNoted(id, 9)), (s, v) => s, default)));
        Assert.Equal(400, StatusOf(await NoteAsync(id, "W/\"2\"", 9)));
        Assert.Equal(409, StatusOf(await NoteAsync(id, "\"1\"", 9)));
        var http = _host.Request(ifMatch: "\"2\"");
        var ok = await Command.ChangeAsync(http, id, Thing.Kind, (_, _) => Decision.Accept(new ThingNoted(id, 9)), (s, v) => s, default);
        Assert.Equal(200, StatusOf(ok));
        Assert.Equal("\"3\"", http.Response.Headers.ETag.ToString());
        Assert.Equal(3, await _host.ScalarAsync($"SELECT count(*) FROM {{schema}}.mt_events WHERE stream_id = '{id}'"));
    }

    [Fact]
    public async Task A_record_outside_the_callers_region_is_not_found_and_a_rejection_stores_nothing()
    {
        var id = await _host.OpenAsync(region: "210521100200");

        Assert.Equal(404, StatusOf(await NoteAsync(id, "\"1\"", 1, region: "120116")));
        var rejected = await Command.ChangeAsync(_host.Request("2105", "\"1\""), id, Thing.Kind,
            (_, _) => Decision.Reject("no-notes-today", "Not today."), (s, v) => s, default);
        Assert.Equal(409, StatusOf(rejected));
        Assert.Equal(1, await _host.ScalarAsync($"SELECT count(*) FROM {{schema}}.mt_events WHERE stream_id = '{id}'"));
    }
}

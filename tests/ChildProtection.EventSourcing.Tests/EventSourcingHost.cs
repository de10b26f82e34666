using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Inbox;
using ChildProtection.Testing;
using Marten;
using MassTransit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace ChildProtection.EventSourcing.Tests;

/// <summary>Every delivery a test queue saw, by MessageId.</summary>
public sealed class Deliveries
{
    public ConcurrentDictionary<Guid, int> ByMessageId { get; } = new();

    public void Record(Guid messageId) => ByMessageId.AddOrUpdate(messageId, 1, (_, n) => n + 1);
}

/// <summary>Counts what the outbox published (a queue of the test's own).</summary>
public sealed class RecordingConsumer(Deliveries deliveries) : IConsumer<TestNoted>
{
    public Task Consume(ConsumeContext<TestNoted> context)
    {
        deliveries.Record(context.MessageId!.Value);
        return Task.CompletedTask;
    }
}

/// <summary>A message another service would send: note this thing.</summary>
public sealed record NoteThing(Guid StreamId, int N);

/// <summary>Notes the message's thing, with the inbox mark in the same session: a redelivery must change nothing.</summary>
public sealed class NotingConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<NoteThing>(store, clock)
{
    protected override string ConsumerName => "noting-consumer";

    protected override Task HandleAsync(ConsumeContext<NoteThing> context, IDocumentSession session)
    {
        session.Events.Append(context.Message.StreamId, new ThingNoted(context.Message.StreamId, context.Message.N));
        return Task.CompletedTask;
    }
}

/// <summary>
/// A service of the tests' own, wired exactly as the platform's services are (AddPostgres, AddMessaging, AddEventSourcing):
/// schema <c>things</c> on a fresh database, its own RabbitMQ virtual host, the outbox publishing notes.
/// </summary>
public sealed class EventSourcingHost : IAsyncDisposable
{
    public const string Schema = "things";
    private readonly IHost _host;
    private readonly bool _ownsDatabase;

    private EventSourcingHost(IHost host, TestDatabase database, string virtualHost, bool ownsDatabase)
    {
        _host = host;
        Database = database;
        VirtualHost = virtualHost;
        _ownsDatabase = ownsDatabase;
    }

    public TestDatabase Database { get; }
    public string VirtualHost { get; }
    public IServiceProvider Services => _host.Services;
    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();
    public Deliveries Deliveries => Services.GetRequiredService<Deliveries>();

    /// <summary>Starts the host; on <paramref name="database"/> when given (a second instance), else on a fresh one.</summary>
    public static async Task<EventSourcingHost> StartAsync(TestDatabase? database = null, string? virtualHost = null,
        Action<IBusRegistrationConfigurator>? consumers = null)
    {
        var db = database ?? await TestDatabase.CreateAsync("event_sourcing_tests");
        var vhost = virtualHost ?? await LocalServers.CreateVirtualHostAsync("eventsourcing");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = db.AppConnectionString,
            ["RabbitMq:Host"] = "127.0.0.1",
            ["RabbitMq:Port"] = LocalServers.RabbitPort.ToString(CultureInfo.InvariantCulture),
            ["RabbitMq:Username"] = "guest",
            ["RabbitMq:Password"] = "guest",
            ["RabbitMq:VirtualHost"] = vhost,
        });
        builder.Services.AddSingleton<Deliveries>();
        builder.AddPostgres();
        builder.AddMessaging(bus =>
        {
            bus.AddConsumer<RecordingConsumer>().Endpoint(e => e.Name = "test-recording");
            consumers?.Invoke(bus);
        });
        builder.AddEventSourcing(Schema, o =>
        {
            Thing.Register(o.Events);
            o.Fold<Thing>(Thing.Evolve).Inline(new ThingsTable(o.Schema)).Async(new NotesLog(o.Schema)).Publish<NotesToMessages>();
        });
        var host = builder.Build();
        await host.StartAsync();
        return new EventSourcingHost(host, db, vhost, database is null);
    }

    /// <summary>Opens a thing in <paramref name="region"/> and notes it <paramref name="notes"/> times, one append each.</summary>
    public async Task<Guid> OpenAsync(string region = "120116001002", int notes = 0)
    {
        var id = Guid.NewGuid();
        await using (var session = Store.LightweightSession())
        {
            session.Events.StartStream(id, new ThingOpened(id, region));
            EventMetadata.ForSystem("test").ApplyTo(session);
            await session.SaveChangesAsync();
        }
        for (var n = 1; n <= notes; n++) await NoteAsync(id, n);
        return id;
    }

    public async Task NoteAsync(Guid id, int n)
    {
        await using var session = Store.LightweightSession();
        session.Events.Append(id, new ThingNoted(id, n));
        EventMetadata.ForSystem("test").ApplyTo(session);
        await session.SaveChangesAsync();
    }

    /// <summary>A request of a caseworker of <paramref name="region"/>, with <paramref name="ifMatch"/> when given.</summary>
    public HttpContext Request(string region = "120116", string? ifMatch = null)
    {
        var http = new DefaultHttpContext { RequestServices = Services };
        http.User = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(PlatformClaims.Subject, "tester"), new Claim(PlatformClaims.Department, Departments.CivilAffairs),
            new Claim(PlatformClaims.Role, Roles.Caseworker), new Claim(PlatformClaims.Region, region),
        ], "test"));
        if (ifMatch is not null) http.Request.Headers.IfMatch = ifMatch;
        return http;
    }

    public async Task<long> ScalarAsync(string sql) => await Database.ScalarAsync(sql.Replace("{schema}", Schema, StringComparison.Ordinal));

    public async Task StopAsync() => await _host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        try { await _host.StopAsync(); } catch (OperationCanceledException) { }
        _host.Dispose();
        NpgsqlConnection.ClearAllPools();
        if (!_ownsDatabase) return;
        await Database.DisposeAsync();
        await LocalServers.DeleteVirtualHostAsync(VirtualHost);
    }
}

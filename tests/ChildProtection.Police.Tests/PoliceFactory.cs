using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using ChildProtection.Contracts.ChildFile;
using ChildProtection.Contracts.Police;
using ChildProtection.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Police.Tests;

/// <summary>
/// The real Police service on its own fresh database and its own RabbitMQ virtual host, with a bus beside it that
/// publishes what other services would (a mandatory report accepted) and records everything the police publish.
/// </summary>
public sealed class PoliceFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public string VirtualHost { get; private set; } = "/";

    /// <summary>The service's clock; deadline tests move it.</summary>
    public TestClock Clock { get; } = new(new DateTimeOffset(2025, 3, 15, 2, 0, 0, TimeSpan.Zero));

    /// <summary>Every message the police published, by message id and the type it was received as.</summary>
    public ConcurrentDictionary<(Guid MessageId, Type Type), object> Published { get; } = new();

    public IBusControl Bus { get; private set; } = null!;

    /// <summary>The registry's children as far as these tests are concerned.</summary>
    public FakeChildDirectory Children { get; } = new();

    /// <summary>A child id the registry knows.</summary>
    public Guid RegisteredChild() => Children.Register();

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("police_tests");
        VirtualHost = await LocalServers.CreateVirtualHostAsync("police");
        Bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host("127.0.0.1", (ushort)LocalServers.RabbitPort, VirtualHost, h => { h.Username("guest"); h.Password("guest"); });
            cfg.ReceiveEndpoint("police-tests-recorder", e =>
            {
                e.Handler<IChildFileEvent>(Record);
                e.Handler<PoliceCaseOpened>(Record);
                e.Handler<PoliceCaseOutcomeRecorded>(Record);
                e.Handler<PoliceCaseReferredToProcuratorate>(Record);
                e.Handler<PoliceCaseMilestoneRecorded>(Record);
                e.Handler<GuardianAdmonished>(Record);
                e.Handler<FamilyEducationGuidanceRefusalReferredToCourt>(Record);
                e.Handler<RecommendationReplyOverdue>(Record);
                e.Handler<DomesticViolenceWarningIssued>(Record);
                e.Handler<EmergencyPlacementRequested>(Record);
            });
        });
        await Bus.StartAsync();
        _ = Server;
    }

    private Task Record<T>(ConsumeContext<T> context) where T : class
    {
        Published.TryAdd((context.MessageId!.Value, typeof(T)), context.Message);
        return Task.CompletedTask;
    }

    /// <summary>Messages received as <typeparamref name="T"/> so far.</summary>
    public IReadOnlyList<T> Received<T>() where T : class =>
        [.. Published.Where(p => p.Key.Type == typeof(T)).Select(p => (T)p.Value)];

    /// <summary>Waits until a message received as <typeparamref name="T"/> matches.</summary>
    public async Task<T> WaitFor<T>(Func<T, bool> match, string because) where T : class
    {
        T? found = null;
        await Eventually.TrueAsync(() => (found = Received<T>().FirstOrDefault(match)) is not null, TimeSpan.FromSeconds(30), because);
        return found!;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Postgres", Database.ConnectionString);
        builder.UseSetting("RabbitMq:Host", "127.0.0.1");
        builder.UseSetting("RabbitMq:Port", LocalServers.RabbitPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("RabbitMq:Username", "guest");
        builder.UseSetting("RabbitMq:Password", "guest");
        builder.UseSetting("RabbitMq:VirtualHost", VirtualHost);
        builder.UseSetting("Auth:Mode", "Development");
        builder.UseSetting("Auth:SigningKey", TestTokens.SigningKey);
        builder.UseSetting("Auth:Issuer", TestTokens.Issuer);
        builder.UseSetting("Auth:Audience", TestTokens.Audience);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ChildProtection.Police.Children.IChildDirectory>(Children);
        });
    }

    public HttpClient ClientAs(string department, string role, string region)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(department, role, region));
        return client;
    }

    /// <summary>A police officer of Binhai New Area (120116) unless told otherwise.</summary>
    public HttpClient Officer(string region = "120116") => ClientAs("police", "officer", region);

    public HttpClient Operator() => ClientAs("platform", "operator", "*");

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Bus.StopAsync();
        await base.DisposeAsync();
        await Database.DisposeAsync();
        await LocalServers.DeleteVirtualHostAsync(VirtualHost);
    }
}

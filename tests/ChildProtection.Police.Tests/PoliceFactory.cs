using System.Collections.Concurrent;
using ChildProtection.Contracts.ChildFile;
using ChildProtection.Contracts.Police;
using ChildProtection.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Police.Tests;

/// <summary>
/// The real Police service on its own fresh database and its own RabbitMQ virtual host, with a bus beside it that
/// publishes what other services would (a mandatory report accepted) and records everything the police publish.
/// The clock starts on a fixed date; deadline tests move it.
/// </summary>
public sealed class PoliceFactory() : ServiceFactory<Program>("police_tests", "police", new DateTimeOffset(2025, 3, 15, 2, 0, 0, TimeSpan.Zero))
{
    /// <summary>Every message the police published, by message id and the type it was received as.</summary>
    public ConcurrentDictionary<(Guid MessageId, Type Type), object> Published { get; } = new();

    public IBusControl Bus { get; private set; } = null!;

    /// <summary>The registry's children as far as these tests are concerned.</summary>
    public FakeChildDirectory Children { get; } = new();

    /// <summary>A child id the registry knows.</summary>
    public Guid RegisteredChild() => Children.Register();

    protected override async Task BeforeServiceStartsAsync()
    {
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
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ChildProtection.Police.Children.IChildDirectory>(Children));
    }

    /// <summary>A police officer of Binhai New Area (120116) unless told otherwise.</summary>
    public HttpClient Officer(string region = "120116") => ClientAs("police", "officer", region);

    protected override Task BeforeServiceStopsAsync() => Bus.StopAsync();
}

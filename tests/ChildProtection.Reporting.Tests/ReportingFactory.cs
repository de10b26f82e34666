using System.Collections.Concurrent;
using ChildProtection.Reporting.Directory;
using ChildProtection.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ChildProtection.Reporting.Tests;

/// <summary>
/// The real Reporting service on its own fresh database and its own RabbitMQ virtual host, with a test clock and an
/// in-memory child directory (Registry's gRPC path is covered end to end through the gateway).
/// </summary>
public sealed class ReportingFactory() : ServiceFactory<Program>("reporting_tests", "reporting")
{
    public InMemoryChildDirectory Directory { get; } = new();

    /// <summary>Messages the service published, by type, as a test consumer on the same virtual host received them.</summary>
    public ConcurrentQueue<object> Published { get; } = new();

    private IHost? _bus;

    protected override async Task AfterServiceStartedAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(Published);
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        builder.Services.AddMassTransit(x =>
        {
            x.AddConsumer<RecordingConsumer>().Endpoint(e => { e.Name = "test-reporting-observer"; e.Temporary = true; });
            x.UsingRabbitMq((ctx, cfg) =>
            {
                cfg.Host("127.0.0.1", (ushort)LocalServers.RabbitPort, VirtualHost, h => { h.Username("guest"); h.Password("guest"); });
                cfg.ConfigureEndpoints(ctx);
            });
        });
        _bus = builder.Build();
        await _bus.StartAsync();
    }

    /// <summary>Publishes a message as another service would.</summary>
    public Task PublishAsync<T>(T message) where T : class => _bus!.Services.GetRequiredService<IBus>().Publish(message);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Reporting:DeadlineScanSeconds", "3600");
        builder.UseSetting("Privacy:EncryptionKey", TestPrivacyKeys.EncryptionKey);
        builder.UseSetting("Privacy:BlindIndexKey", TestPrivacyKeys.BlindIndexKey);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IChildDirectory>();
            services.AddSingleton<IChildDirectory>(Directory);
        });
    }

    public HttpClient School(string region = "120116") => ClientAs("education", "teacher", region, "teacher-1");
    public HttpClient Police(string region = "120116") => ClientAs("police", "officer", region, "officer-1");
    public HttpClient CivilAffairs(string region = "120116") => ClientAs("civil-affairs", "caseworker", region, "caseworker-1");
    public HttpClient Education(string region = "120116") => ClientAs("education", "caseworker", region, "education-1");
    public override HttpClient Operator() => ClientAs("platform", "operator", "*", "operator-1");

    protected override async Task BeforeServiceStopsAsync()
    {
        if (_bus is not null) await _bus.StopAsync();
        _bus?.Dispose();
    }

    private sealed class RecordingConsumer(ConcurrentQueue<object> published) :
        IConsumer<Contracts.Reporting.MandatoryReportAccepted>, IConsumer<Contracts.Reporting.ReportRouted>, IConsumer<Contracts.Reporting.ReportFiled>,
        IConsumer<Contracts.Reporting.ReportAcceptanceOverdue>, IConsumer<Contracts.Reporting.ReportTransferred>, IConsumer<Contracts.Reporting.ReportOutcomeFedBack>,
        IConsumer<Contracts.Reporting.FailureToReportRecorded>
    {
        public Task Consume(ConsumeContext<Contracts.Reporting.MandatoryReportAccepted> context) => Add(context.Message);
        public Task Consume(ConsumeContext<Contracts.Reporting.ReportRouted> context) => Add(context.Message);
        public Task Consume(ConsumeContext<Contracts.Reporting.ReportFiled> context) => Add(context.Message);
        public Task Consume(ConsumeContext<Contracts.Reporting.ReportAcceptanceOverdue> context) => Add(context.Message);
        public Task Consume(ConsumeContext<Contracts.Reporting.ReportTransferred> context) => Add(context.Message);
        public Task Consume(ConsumeContext<Contracts.Reporting.ReportOutcomeFedBack> context) => Add(context.Message);
        public Task Consume(ConsumeContext<Contracts.Reporting.FailureToReportRecorded> context) => Add(context.Message);

        private Task Add(object message)
        {
            published.Enqueue(message);
            return Task.CompletedTask;
        }
    }
}

/// <summary>Registry's directory for tests: children by id and region; lookups answer what a test set up.</summary>
public sealed class InMemoryChildDirectory : IChildDirectory
{
    public ConcurrentDictionary<Guid, string> Children { get; } = new();
    public ConcurrentDictionary<string, IReadOnlyList<DirectoryCandidate>> LookupAnswers { get; } = new();
    public volatile bool Down;

    public Task<DirectoryChild?> GetChildAsync(Guid childId, CancellationToken ct)
    {
        if (Down) throw new DirectoryUnavailableException("down");
        return Task.FromResult(Children.TryGetValue(childId, out var region) ? new DirectoryChild(childId, region) : null);
    }

    public Task<IReadOnlyList<DirectoryCandidate>> LookupAsync(ChildQuery query, CancellationToken ct)
    {
        if (Down) throw new DirectoryUnavailableException("down");
        return Task.FromResult(LookupAnswers.TryGetValue(query.Name, out var answer) ? answer : []);
    }

    /// <summary>A registry child in a village.</summary>
    public Guid Register(string region = "120116102305")
    {
        var id = Guid.NewGuid();
        Children[id] = region;
        return id;
    }
}

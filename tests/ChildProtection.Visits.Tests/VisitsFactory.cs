using ChildProtection.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Visits.Tests;

/// <summary>The real Visits service on its own fresh database and its own RabbitMQ virtual host.</summary>
public sealed class VisitsFactory() : ServiceFactory<Program>("visits_tests", "visits")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Visits:OverdueScan:IntervalMinutes", "1440");
    }

    /// <summary>Publishes a registry event on the service's own bus, as the registry would.</summary>
    public Task PublishAsync<T>(T message) where T : class => Services.GetRequiredService<IBus>().Publish(message);

    public HttpClient Director(string village) => ClientAs("civil-affairs", "child-director", village, "director-" + village);

    public HttpClient Caseworker(string region) => ClientAs("civil-affairs", "caseworker", region);

    public HttpClient Supervisor(string township) => ClientAs("civil-affairs", "supervisor", township);
}

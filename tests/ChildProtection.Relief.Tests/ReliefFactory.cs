using ChildProtection.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Relief.Tests;

/// <summary>The real Relief service on its own fresh database and its own RabbitMQ virtual host.</summary>
public sealed class ReliefFactory() : ServiceFactory<Program>("relief_tests", "relief")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Relief:DailyScan:IntervalMinutes", "1440");
    }

    /// <summary>Publishes a registry event on the service's own bus, as the registry would.</summary>
    public Task PublishAsync<T>(T message) where T : class => Services.GetRequiredService<IBus>().Publish(message);

    public HttpClient Officer(string region, string user = "relief-officer") => ClientAs("civil-affairs", "relief-officer", region, user);

    public HttpClient Caseworker(string region) => ClientAs("civil-affairs", "caseworker", region);
}

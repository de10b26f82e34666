using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChildProtection.ServiceDefaults;

/// <summary>MassTransit over RabbitMQ, configured the same way in every service.</summary>
public static class MessagingExtensions
{
    /// <summary>
    /// The retry intervals before a message goes to <c>&lt;queue&gt;_error</c>. In-process retries, because
    /// MassTransit's delayed redelivery needs the separate rabbitmq_delayed_message_exchange plugin, which the
    /// RabbitMQ packages of Debian and Ubuntu do not ship and <c>infra/platform.sh</c> does not install.
    /// </summary>
    public static readonly TimeSpan[] RetryIntervals =
        [.. new[] { 100, 500, 1_000, 5_000, 10_000 }.Select(ms => TimeSpan.FromMilliseconds(ms))];

    /// <summary>
    /// Adds MassTransit on RabbitMQ (<c>RabbitMq:*</c>): kebab-case endpoint names, durable quorum queues,
    /// publisher confirms, retries at <see cref="RetryIntervals"/> except for <see cref="DomainRejectionException"/>,
    /// then the <c>_error</c> queue with the fault headers. Adds the bus as a <c>ready</c> health check and the
    /// <see cref="ErrorQueueAdmin"/> used by <see cref="OperatorEndpoints.MapOperatorEndpoints"/>.
    /// </summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="configureConsumers">Registers consumers, e.g. <c>x =&gt; x.AddConsumers(typeof(Program).Assembly)</c>.</param>
    public static TBuilder AddMessaging<TBuilder>(this TBuilder builder, Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<RabbitMqOptions>().BindConfiguration(RabbitMqOptions.SectionName);
        builder.Services.AddHealthChecks();

        // Start the bus (queues declared and bound) before the host serves requests: a message published as soon as the
        // service answers must not fall on an exchange whose queue is not bound yet.
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        var ownQueues = new OwnQueues();
        builder.Services.AddSingleton(ownQueues);
        builder.Services.AddHostedService<ErrorQueueDepthMonitor>();
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "rabbitmq";
                health.MinimalFailureStatus = HealthStatus.Unhealthy;
                health.Tags.Add(HealthTags.Ready);
            });
            bus.AddConfigureEndpointsCallback((_, queue, endpoint) =>
            {
                ownQueues.Add(queue);
                // Quorum queues survive a node loss; they are always durable.
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.SetQuorumQueue();
                }
            });

            configureConsumers?.Invoke(bus);

            bus.UsingRabbitMq((context, rabbit) =>
            {
                var options = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                rabbit.Host(options.Host, options.Port, options.VirtualHost, host =>
                {
                    host.Username(options.Username);
                    host.Password(options.Password);
                });
                rabbit.UseMessageRetry(retry =>
                {
                    retry.Intervals(RetryIntervals);
                    // A rejection is an answer, not a fault: retrying cannot change it.
                    retry.Ignore<DomainRejectionException>();
                });
                rabbit.ConfigureEndpoints(context);
            });
        });

        builder.Services.AddHttpClient<ErrorQueueAdmin>();
        return builder;
    }
}

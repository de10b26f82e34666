namespace ChildProtection.ServiceDefaults;

/// <summary>The <c>RabbitMq</c> configuration section (env <c>RabbitMq__Host</c>, …).</summary>
public sealed class RabbitMqOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "RabbitMq";

    /// <summary>The broker host.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>The AMQP port.</summary>
    public ushort Port { get; set; } = 5672;

    /// <summary>The user name, for AMQP and the management API.</summary>
    public string Username { get; set; } = "guest";

    /// <summary>The password, for AMQP and the management API.</summary>
    public string Password { get; set; } = "guest";

    /// <summary>The virtual host.</summary>
    public string VirtualHost { get; set; } = "/";

    /// <summary>The management plugin's HTTP API, used by <see cref="ErrorQueueAdmin"/>.</summary>
    public string ManagementUrl { get; set; } = "http://127.0.0.1:55680";

    /// <summary>How often the depth of the service's <c>_error</c> queues is polled for the metric, in seconds.</summary>
    public int ErrorQueuePollSeconds { get; set; } = 30;
}

using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// The services' own instruments (meter <c>ChildProtection.Services</c>, exported over OTLP with the rest):
/// statutory deadlines breached, and the depth of each of the service's <c>_error</c> queues. Outbox
/// and projection lag are the event store's (<see cref="EventSourcing.EventSourcingTelemetry"/>).
/// </summary>
public static class PlatformMetrics
{
    private static readonly Meter Meter = new(Telemetry.Services);

    private static readonly Counter<long> Breaches = Meter.CreateCounter<long>(
        "deadlines.breached", description: "Statutory or policy deadlines found passed unanswered by a deadline scan.");

    private static readonly ConcurrentDictionary<string, long> ErrorDepths = new(StringComparer.Ordinal);

    /// <summary>Messages waiting in each of this service's <c>_error</c> queues, as last polled.</summary>
    public static readonly ObservableGauge<long> ErrorQueueDepth = Meter.CreateObservableGauge(
        "messaging.error_queue.depth",
        () => ErrorDepths.Select(kv => new Measurement<long>(kv.Value, new KeyValuePair<string, object?>("queue", kv.Key))),
        unit: "{message}", description: "Messages in the service's _error queues (faulted after retries), polled from RabbitMQ.");

    /// <summary>Counts <paramref name="count"/> breaches of a deadline of <paramref name="kind"/> (e.g. <c>police-recommendation-reply</c>).</summary>
    public static void DeadlineBreached(string kind, long count = 1)
    {
        if (count > 0) Breaches.Add(count, new KeyValuePair<string, object?>("kind", kind));
    }

    internal static void RecordErrorQueueDepth(string queue, long messages) => ErrorDepths[queue] = messages;
}

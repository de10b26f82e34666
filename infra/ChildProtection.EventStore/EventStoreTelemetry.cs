using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ChildProtection.EventStore;

/// <summary>The event store's trace source and meters (names start with ChildProtection.).</summary>
public static class EventStoreTelemetry
{
    public const string Name = "ChildProtection.EventStore";
    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);
    public static readonly Counter<long> Appended = Meter.CreateCounter<long>("event_store.events.appended");
    public static readonly Counter<long> Conflicts = Meter.CreateCounter<long>("event_store.concurrency_conflicts");
    public static readonly Counter<long> Published = Meter.CreateCounter<long>("event_store.outbox.published");

    private static readonly ConcurrentDictionary<(string Schema, string Subscription), double> LagSeconds = new();

    /// <summary>
    /// How far behind each subscription led by this process is: the age of the oldest event in the batch
    /// it last handled, 0 once it found nothing new. The outbox's lag is the delay before other services hear.
    /// </summary>
    public static readonly ObservableGauge<double> SubscriptionLag = Meter.CreateObservableGauge(
        "event_store.subscription.lag", () => LagSeconds.Select(kv => new Measurement<double>(kv.Value,
            new KeyValuePair<string, object?>("schema", kv.Key.Schema), new KeyValuePair<string, object?>("subscription", kv.Key.Subscription))),
        unit: "s");

    internal static void RecordLag(string schema, string subscription, double seconds) => LagSeconds[(schema, subscription)] = seconds;
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ChildProtection.ServiceDefaults.EventSourcing;

/// <summary>The event store's own trace source and meters (names start with <c>ChildProtection.</c>); Marten adds its own.</summary>
public static class EventSourcingTelemetry
{
    public const string Name = Telemetry.EventStore;
    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);
    public static readonly Counter<long> Published = Meter.CreateCounter<long>("event_store.outbox.published", "{message}");

    private static readonly ConcurrentDictionary<(string Schema, string Shard), (long Events, double Seconds)> Lags = new();

    /// <summary>Events each projection and subscription of this service is behind the committed log, as last sampled.</summary>
    public static readonly ObservableGauge<long> LagEvents = Meter.CreateObservableGauge("event_store.projection.lag", () =>
        Lags.Select(kv => new Measurement<long>(kv.Value.Events, Tags(kv.Key))), unit: "{event}");

    /// <summary>How old the oldest event not yet applied is, per projection and subscription (0 when caught up).</summary>
    public static readonly ObservableGauge<double> LagSeconds = Meter.CreateObservableGauge("event_store.projection.lag_age", () =>
        Lags.Select(kv => new Measurement<double>(kv.Value.Seconds, Tags(kv.Key))), unit: "s");

    internal static void RecordLag(string schema, string shard, long events, double seconds) => Lags[(schema, shard)] = (events, seconds);

    private static KeyValuePair<string, object?>[] Tags((string Schema, string Shard) key) =>
        [new("schema", key.Schema), new("projection", key.Shard)];
}

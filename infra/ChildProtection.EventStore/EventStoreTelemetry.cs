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
}

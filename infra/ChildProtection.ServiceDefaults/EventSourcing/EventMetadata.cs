using System.Diagnostics;
using System.Text.Json;
using JasperFx.Events;
using Marten;

namespace ChildProtection.ServiceDefaults.EventSourcing;

/// <summary>Who did something, on whose authority, from where.</summary>
/// <param name="User">The acting user's subject id (never a name).</param>
/// <param name="Department">The acting department, e.g. <c>civil-affairs</c>, <c>police</c>.</param>
/// <param name="Role">The acting role, e.g. <c>caseworker</c>.</param>
/// <param name="Region">The region-code prefix the actor works in (2–12 digits).</param>
public sealed record Actor(string User, string Department, string Role, string Region)
{
    /// <summary>The platform itself, acting on a received message or a clock.</summary>
    public static readonly Actor System = new("system", "platform", "system", "");
}

/// <summary>
/// Metadata stored with every event through Marten: the correlation and causation ids in their own columns, the actor and
/// the W3C trace context as headers.
/// </summary>
public sealed record EventMetadata(string CorrelationId, string? CausationId, Actor Actor, string? TraceParent)
{
    /// <summary>Header names in <c>mt_events.headers</c>.</summary>
    public const string ActorHeader = "actor", TraceParentHeader = "traceparent";

    /// <summary>Metadata for work the platform starts itself (a clock, a scan), carrying the current trace if any.</summary>
    public static EventMetadata ForSystem(string? correlationId = null) => new(
        correlationId ?? Guid.NewGuid().ToString("N"), null, Actor.System, Activity.Current?.Id);

    /// <summary>Stamps every event the session appends with this metadata.</summary>
    public void ApplyTo(IDocumentSession session)
    {
        session.CorrelationId = CorrelationId;
        session.CausationId = CausationId;
        session.SetHeader(ActorHeader, Actor);
        if (TraceParent is not null) session.SetHeader(TraceParentHeader, TraceParent);
    }

    /// <summary>The metadata an event was stored with (the system actor when it carries none).</summary>
    public static EventMetadata Of(IEvent e) => new(
        e.CorrelationId ?? "", e.CausationId, ActorOf(e) ?? Actor.System, Header(e, TraceParentHeader) is JsonElement { ValueKind: JsonValueKind.String } t ? t.GetString() : Header(e, TraceParentHeader) as string);

    private static Actor? ActorOf(IEvent e) => Header(e, ActorHeader) switch
    {
        Actor actor => actor,
        JsonElement { ValueKind: JsonValueKind.Object } json => json.Deserialize<Actor>(EventJson.Options),
        _ => null,
    };

    private static object? Header(IEvent e, string name) => e.Headers is { } headers && headers.TryGetValue(name, out var value) ? value : null;
}

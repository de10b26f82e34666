using System.Diagnostics;
using ChildProtection.ServiceDefaults.EventSourcing;
using Microsoft.AspNetCore.Http;

namespace ChildProtection.ServiceDefaults;

/// <summary>Event metadata for commands that arrive over HTTP.</summary>
public static class EventMetadataExtensions
{
    /// <summary>
    /// Metadata for events appended while handling this request: the request's correlation id, the given
    /// causation (none for a user's command), the authenticated caller as actor and the current trace.
    /// Throws when the request has no valid caller — an event must always say who caused it.
    /// </summary>
    public static EventMetadata CreateEventMetadata(this HttpContext context, string? causationId = null) =>
        new(context.GetCorrelationId(), causationId, Caller.From(context.User).ToActor(), Activity.Current?.Id);
}

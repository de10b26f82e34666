namespace ChildProtection.EventStore;

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

/// <summary>Metadata stored with every event: correlation, causation, actor and trace context.</summary>
public sealed record EventMetadata(string CorrelationId, string? CausationId, Actor Actor, string? TraceParent)
{
    /// <summary>Metadata for work the platform starts itself, carrying the current trace if any.</summary>
    public static EventMetadata ForSystem(string? correlationId = null) => new(
        correlationId ?? Guid.NewGuid().ToString("N"),
        null,
        Actor.System,
        System.Diagnostics.Activity.Current?.Id);
}

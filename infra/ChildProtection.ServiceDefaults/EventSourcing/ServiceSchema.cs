namespace ChildProtection.ServiceDefaults.EventSourcing;

/// <summary>
/// The PostgreSQL schema that holds one service's streams (<c>mt_events</c>, <c>mt_streams</c>) and read models, named
/// once in the service's <c>Program.cs</c>. Queries qualify their tables with it instead of typing the name.
/// </summary>
public sealed record ServiceSchema(string Name)
{
    /// <summary>A table of this schema, e.g. <c>court.proceedings</c>.</summary>
    public string Table(string name) => $"{Name}.{name}";
}

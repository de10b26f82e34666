namespace ChildProtection.Registry.Children;

/// <summary>The child aggregate's state, folded from its stream.</summary>
public sealed record Child(Guid Id, ChildDetails Details, DateTimeOffset RegisteredAt)
{
    /// <summary>Evolve: the state after one more event (null = not registered yet).</summary>
    public static Child? Evolve(Child? state, object @event) => @event switch
    {
        ChildRegistered e => new Child(e.ChildId, e.Details, e.RegisteredAt),
        ChildDetailsCorrected e when state is not null => state with { Details = e.Details },
        _ => state,
    };
}

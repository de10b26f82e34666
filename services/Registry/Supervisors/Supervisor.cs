using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Registry.Supervisors;

/// <summary>Who a child supervisor is and which township or street they cover.</summary>
/// <param name="TownshipCode">The 9-digit statistical code of the township or street.</param>
public sealed record SupervisorDetails(string Name, string Phone, string TownshipCode);

/// <summary>A child supervisor (儿童督导员), one per township or street, who supervises its directors; folded from their stream.</summary>
/// <param name="LeftOn">The day the supervisor left the post; null while serving.</param>
public sealed record Supervisor(Guid Id, SupervisorDetails Details, DateTimeOffset RegisteredAt, DateOnly? LeftOn, string? LeaveReason)
{
    /// <summary>Serving now: registered and not left.</summary>
    public bool Active => LeftOn is null;

    /// <summary>What the command step needs: the fold and the jurisdiction (the supervisor's township).</summary>
    public static readonly StreamKind<Supervisor> Kind = new("supervisor", Evolve, s => s.Details.TownshipCode);

    /// <summary>Evolve: the state after one more event (null = not registered yet).</summary>
    public static Supervisor? Evolve(Supervisor? state, object @event) => @event switch
    {
        SupervisorRegistered e => new Supervisor(e.SupervisorId, e.Details, e.RegisteredAt, null, null),
        SupervisorLeft e when state is not null => state with { LeftOn = e.LeftOn, LeaveReason = e.Reason },
        _ => state,
    };
}

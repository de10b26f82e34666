using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Registry.Directors;

/// <summary>A child director (儿童主任), folded from their stream.</summary>
/// <param name="LeftOn">The day the director left the post; null while serving.</param>
public sealed record Director(Guid Id, DirectorDetails Details, DateTimeOffset RegisteredAt, DateOnly? LeftOn, string? LeaveReason,
    IReadOnlyList<TrainingRecord> Trainings)
{
    /// <summary>Serving now: registered and not left.</summary>
    public bool Active => LeftOn is null;

    /// <summary>What the command step needs: the fold and the jurisdiction (the director's village).</summary>
    public static readonly StreamKind<Director> Kind = new("director", Evolve, d => d.Details.VillageCode);

    /// <summary>Evolve: the state after one more event (null = not registered yet).</summary>
    public static Director? Evolve(Director? state, object @event) => @event switch
    {
        DirectorRegistered e => new Director(e.DirectorId, e.Details, e.RegisteredAt, null, null, []),
        DirectorLeft e when state is not null => state with { LeftOn = e.LeftOn, LeaveReason = e.Reason },
        DirectorTrainingRecorded e when state is not null => state with { Trainings = [.. state.Trainings, e.Training] },
        _ => state,
    };
}

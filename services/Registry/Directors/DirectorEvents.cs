using ChildProtection.ServiceDefaults.EventSourcing;

namespace ChildProtection.Registry.Directors;

/// <summary>A child director (儿童主任) was appointed to a village and registered.</summary>
public sealed record DirectorRegistered(Guid DirectorId, DirectorDetails Details, DateTimeOffset RegisteredAt);

/// <summary>A director left the post; the village needs another.</summary>
public sealed record DirectorLeft(Guid DirectorId, DateOnly LeftOn, string Reason, DateTimeOffset RecordedAt);

/// <summary>A director attended a training.</summary>
public sealed record DirectorTrainingRecorded(Guid DirectorId, TrainingRecord Training, DateTimeOffset RecordedAt);

/// <summary>The stable names under which the registry stores director events.</summary>
public static class DirectorEventTypes
{
    /// <summary>The type of a director's stream.</summary>
    public const string StreamType = "director";

    /// <summary>Registers the director events' stable names.</summary>
    public static void Register(EventTypes types) => types
        .Register<DirectorRegistered>("registry.director-registered.v1")
        .Register<DirectorLeft>("registry.director-left.v1")
        .Register<DirectorTrainingRecorded>("registry.director-training-recorded.v1");
}

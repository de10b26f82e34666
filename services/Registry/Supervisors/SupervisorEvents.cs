using ChildProtection.ServiceDefaults.EventSourcing;

namespace ChildProtection.Registry.Supervisors;

/// <summary>A child supervisor (儿童督导员) was appointed to a township or street and registered.</summary>
public sealed record SupervisorRegistered(Guid SupervisorId, SupervisorDetails Details, DateTimeOffset RegisteredAt);

/// <summary>A supervisor left the post; the township needs another.</summary>
public sealed record SupervisorLeft(Guid SupervisorId, DateOnly LeftOn, string Reason, DateTimeOffset RecordedAt);

/// <summary>The stable names under which the registry stores supervisor events.</summary>
public static class SupervisorEventTypes
{
    /// <summary>The type of a supervisor's stream.</summary>
    public const string StreamType = "supervisor";

    /// <summary>Registers the supervisor events' stable names.</summary>
    public static void Register(EventTypes types) => types
        .Register<SupervisorRegistered>("registry.supervisor-registered.v1")
        .Register<SupervisorLeft>("registry.supervisor-left.v1");
}

using ChildProtection.ServiceDefaults.EventSourcing;

namespace ChildProtection.Registry.Villages;

/// <summary>A village or community was registered, so directors can be appointed to it.</summary>
public sealed record VillageRegistered(Guid VillageId, string Code, string Name, DateTimeOffset RegisteredAt);

/// <summary>The stable names under which the registry stores village events.</summary>
public static class VillageEventTypes
{
    /// <summary>The type of a village's stream.</summary>
    public const string StreamType = "village";

    /// <summary>Registers the village events' stable names.</summary>
    public static void Register(EventTypes types) => types
        .Register<VillageRegistered>("registry.village-registered.v1");
}

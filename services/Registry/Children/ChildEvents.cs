namespace ChildProtection.Registry.Children;

/// <summary>A child's file was opened in the registry (一人一档).</summary>
public sealed record ChildRegistered(Guid ChildId, ChildDetails Details, DateTimeOffset RegisteredAt);

/// <summary>A caseworker corrected a child's basic details.</summary>
public sealed record ChildDetailsCorrected(Guid ChildId, ChildDetails Details, DateTimeOffset CorrectedAt);

/// <summary>The stable names under which the registry stores its events.</summary>
public static class ChildEventTypes
{
    public const string StreamType = "child";

    public static void Register(ChildProtection.EventStore.EventTypes types) => types
        .Register<ChildRegistered>("registry.child-registered.v1")
        .Register<ChildDetailsCorrected>("registry.child-details-corrected.v1");
}

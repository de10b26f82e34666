using ChildProtection.EventStore;
using ChildProtection.Registry.Villages.Reading;
using ChildProtection.Registry.Villages.Registering;

namespace ChildProtection.Registry.Villages;

/// <summary>Wires the villages feature into the service: its events, its read model and its routes.</summary>
public static class VillagesFeature
{
    /// <summary>Registers the village events and the villages projection with the event store.</summary>
    public static EventStoreOptions AddVillages(this EventStoreOptions options)
    {
        VillageEventTypes.Register(options.Events);
        options.InlineProjections.Add(new VillagesProjection());
        return options;
    }

    /// <summary>Maps <c>/api/registry/villages</c>.</summary>
    public static RouteGroupBuilder MapVillages(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/registry/villages").MapRegisterVillage().MapReadVillages();
}

using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.Registry.Villages.Reading;
using ChildProtection.Registry.Villages.Registering;

namespace ChildProtection.Registry.Villages;

/// <summary>Wires the villages feature into the service: its events, its read model and its routes.</summary>
public static class VillagesFeature
{
    /// <summary>Registers the village events, their fold and the villages projection with the event store.</summary>
    public static EventSourcingOptions AddVillages(this EventSourcingOptions options)
    {
        VillageEventTypes.Register(options.Events);
        return options.Fold<Village>(Village.Evolve).Inline(new VillagesProjection(options.Schema));
    }

    /// <summary>Maps <c>/api/registry/villages</c>.</summary>
    public static RouteGroupBuilder MapVillages(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/registry/villages").MapRegisterVillage().MapReadVillages();
}

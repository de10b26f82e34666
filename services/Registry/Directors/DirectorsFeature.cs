using ChildProtection.EventStore;
using ChildProtection.Registry.Directors.Leaving;
using ChildProtection.Registry.Directors.Reading;
using ChildProtection.Registry.Directors.Registering;
using ChildProtection.Registry.Directors.Training;

namespace ChildProtection.Registry.Directors;

/// <summary>Wires the child directors feature into the service: its events, its read model and its routes.</summary>
public static class DirectorsFeature
{
    /// <summary>Registers the director events and the directors projection with the event store.</summary>
    public static EventStoreOptions AddDirectors(this EventStoreOptions options)
    {
        DirectorEventTypes.Register(options.Events);
        options.InlineProjections.Add(new DirectorsProjection());
        return options;
    }

    /// <summary>Maps <c>/api/registry/directors</c>.</summary>
    public static RouteGroupBuilder MapDirectors(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/registry/directors").MapRegisterDirector().MapReadDirectors().MapRecordDirectorLeaving().MapRecordTraining();
}

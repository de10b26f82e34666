using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.Registry.Directors.Leaving;
using ChildProtection.Registry.Directors.Reading;
using ChildProtection.Registry.Directors.Registering;
using ChildProtection.Registry.Directors.Training;

namespace ChildProtection.Registry.Directors;

/// <summary>Wires the child directors feature into the service: its events, its read model and its routes.</summary>
public static class DirectorsFeature
{
    /// <summary>Registers the director events, their fold and the directors projection with the event store.</summary>
    public static EventSourcingOptions AddDirectors(this EventSourcingOptions options)
    {
        DirectorEventTypes.Register(options.Events);
        return options.Fold<Director>(Director.Evolve).Inline(new DirectorsProjection(options.Schema));
    }

    /// <summary>Maps <c>/api/registry/directors</c>.</summary>
    public static RouteGroupBuilder MapDirectors(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/registry/directors").MapRegisterDirector().MapReadDirectors().MapRecordDirectorLeaving().MapRecordTraining();
}

using ChildProtection.EventStore;
using ChildProtection.Registry.Supervisors.Leaving;
using ChildProtection.Registry.Supervisors.Reading;
using ChildProtection.Registry.Supervisors.Registering;

namespace ChildProtection.Registry.Supervisors;

/// <summary>Wires the child supervisors feature into the service: its events, its read model and its routes.</summary>
public static class SupervisorsFeature
{
    /// <summary>Registers the supervisor events and the supervisors projection with the event store.</summary>
    public static EventStoreOptions AddSupervisors(this EventStoreOptions options)
    {
        SupervisorEventTypes.Register(options.Events);
        options.InlineProjections.Add(new SupervisorsProjection());
        return options;
    }

    /// <summary>Maps <c>/api/registry/supervisors</c>.</summary>
    public static RouteGroupBuilder MapSupervisors(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/registry/supervisors").MapRegisterSupervisor().MapReadSupervisors().MapRecordSupervisorLeaving();
}

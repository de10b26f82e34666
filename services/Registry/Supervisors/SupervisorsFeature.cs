using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.Registry.Supervisors.Leaving;
using ChildProtection.Registry.Supervisors.Reading;
using ChildProtection.Registry.Supervisors.Registering;

namespace ChildProtection.Registry.Supervisors;

/// <summary>Wires the child supervisors feature into the service: its events, its read model and its routes.</summary>
public static class SupervisorsFeature
{
    /// <summary>Registers the supervisor events, their fold and the supervisors projection with the event store.</summary>
    public static EventSourcingOptions AddSupervisors(this EventSourcingOptions options)
    {
        SupervisorEventTypes.Register(options.Events);
        return options.Fold<Supervisor>(Supervisor.Evolve).Inline(new SupervisorsProjection(options.Schema));
    }

    /// <summary>Maps <c>/api/registry/supervisors</c>.</summary>
    public static RouteGroupBuilder MapSupervisors(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/registry/supervisors").MapRegisterSupervisor().MapReadSupervisors().MapRecordSupervisorLeaving();
}

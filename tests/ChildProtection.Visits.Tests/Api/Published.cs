using ChildProtection.Testing;
using Out = ChildProtection.Contracts.Visits;

namespace ChildProtection.Visits.Tests.Api;

/// <summary>A bus of its own in the service's virtual host that collects what Visits publishes, as another service would.</summary>
public static class Published
{
    public static Task<PublishedMessages> StartAsync(string virtualHost) => PublishedMessages.StartAsync(virtualHost, "test-visits",
        typeof(Out.HarmFoundOnVisit), typeof(Out.VisitOverdue), typeof(Out.CarerFailureEscalated), typeof(Out.VisitRecorded));
}

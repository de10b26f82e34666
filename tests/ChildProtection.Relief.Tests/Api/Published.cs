using ChildProtection.Testing;
using Out = ChildProtection.Contracts.Relief;

namespace ChildProtection.Relief.Tests.Api;

/// <summary>A bus of its own in the service's virtual host that collects what Relief publishes, as another service would.</summary>
public static class Published
{
    public static Task<PublishedMessages> StartAsync(string virtualHost) => PublishedMessages.StartAsync(virtualHost, "test-relief",
        typeof(Out.ReliefCaseOpened), typeof(Out.ReliefEntitlementStarted), typeof(Out.ReliefTerminationProposed), typeof(Out.ReliefReviewOverdue));
}

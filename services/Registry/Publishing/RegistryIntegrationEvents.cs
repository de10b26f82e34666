using ChildProtection.EventStore;
using ChildProtection.EventStore.Outbox;
using ChildProtection.Registry.Children;
using Published = ChildProtection.Contracts.Registry;

namespace ChildProtection.Registry.Publishing;

/// <summary>What the registry tells other services: routing facts, never names or ID numbers.</summary>
public sealed class RegistryIntegrationEvents : IIntegrationEventMapper
{
    public IEnumerable<object> Map(StoredEvent stored) => stored.Data switch
    {
        ChildRegistered e => [new Published.ChildRegistered(e.ChildId, e.Details.RegionCode, Text(e.Details.Gender),
            e.Details.BirthDate, Text(e.Details.Household), e.RegisteredAt)],
        ChildDetailsCorrected e => [new Published.ChildDetailsCorrected(e.ChildId, e.Details.RegionCode, Text(e.Details.Gender),
            e.Details.BirthDate, Text(e.Details.Household), e.CorrectedAt)],
        _ => [],
    };

    private static string Text(Gender g) => g == Gender.Male ? "male" : "female";
    private static string Text(Household h) => h == Household.Rural ? "rural" : "urban";
}

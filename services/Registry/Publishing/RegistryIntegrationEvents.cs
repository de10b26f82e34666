using ChildProtection.ServiceDefaults.EventSourcing.Outbox;
using JasperFx.Events;
using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Facts;
using Published = ChildProtection.Contracts.Registry;

namespace ChildProtection.Registry.Publishing;

/// <summary>What the registry tells other services: routing facts and categories, never names or ID numbers.</summary>
public sealed class RegistryIntegrationEvents : IIntegrationEventMapper
{
    public IEnumerable<object> Map(IEvent stored) => stored.Data switch
    {
        ChildRegistered e => [new Published.ChildRegistered(e.ChildId, e.Details.RegionCode, Codes.Of(e.Details.Gender),
            e.Details.BirthDate, Codes.Of(e.Details.Household), e.RegisteredAt)],
        ChildDetailsCorrected e => [new Published.ChildDetailsCorrected(e.ChildId, e.Details.RegionCode, Codes.Of(e.Details.Gender),
            e.Details.BirthDate, Codes.Of(e.Details.Household), e.CorrectedAt)],
        CategoryEntered e => [new Published.ChildCategoryEntered(e.ChildId, e.Category, e.Reasons, e.Since, e.RecordedAt)],
        CategoryLeft e => [new Published.ChildCategoryLeft(e.ChildId, e.Category, e.Reasons, e.EndedOn, e.RecordedAt)],
        RiskFactorFlagged e => [new Published.ChildRiskFactorFlagged(e.ChildId, e.RiskFactor.Code, e.RiskFactor.Since, e.RecordedAt)],
        RiskFactorCleared e => [new Published.ChildRiskFactorCleared(e.ChildId, e.Code, e.On, e.RecordedAt)],
        DirectorAssigned e => [new Published.ChildDirectorAssigned(e.ChildId, e.DirectorId, e.AssignedAt)],
        GuardianshipChanged e => [new Published.ChildGuardianshipChanged(e.ChildId, Codes.Of(e.Guardianship.Status),
            e.Guardianship.Placement is { } p ? Codes.Of(p) : null, e.Guardianship.Since, e.RecordedAt)],
        CarerDelegated e => [new Published.ChildCareDelegated(e.ChildId, true, e.Carer.DirectRelative, e.Carer.Agreement.Signed,
            e.Carer.UnfitFlags.Count > 0, e.RecordedAt)],
        CarerDelegationEnded e => [new Published.ChildCareDelegated(e.ChildId, false, false, false, false, e.RecordedAt)],
        _ => [],
    };
}

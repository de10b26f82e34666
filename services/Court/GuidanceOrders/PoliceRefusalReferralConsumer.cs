using ChildProtection.Contracts.Police;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing.Inbox;
using ChildProtection.ServiceDefaults.EventSourcing.Outbox;
using Marten;
using MassTransit;

namespace ChildProtection.Court.GuidanceOrders;

/// <summary>
/// Opens a family-education guidance order proceeding for each police referral of guardians who refused guidance. Idempotent
/// twice over: the inbox skips a redelivered message, and the proceeding id is derived from the police order id.
/// </summary>
public sealed class PoliceRefusalReferralConsumer(IDocumentStore store, TimeProvider clock, ILogger<PoliceRefusalReferralConsumer> log)
    : IdempotentConsumer<FamilyEducationGuidanceRefusalReferredToCourt>(store, clock)
{
    protected override string ConsumerName => "court-guidance-refusal-referral";

    /// <summary>The proceeding a referral opens.</summary>
    public static Guid OrderIdFor(Guid policeOrderId) => DeterministicGuid.ForMessage(policeOrderId, 8);

    protected override async Task HandleAsync(ConsumeContext<FamilyEducationGuidanceRefusalReferredToCourt> context, IDocumentSession session)
    {
        var m = context.Message;
        // Police cases are opened at county, township or village level (6, 9 or 12 digits): a referral from any of them counts.
        if (m.RegionCode is not { Length: >= 6 } || !RegionCodes.IsValidPrefix(m.RegionCode))
            throw new DomainRejectionException("invalid-region", "The referral's region is not a county-to-village region code.");
        var id = OrderIdFor(m.OrderId);
        if (await session.Events.FetchStreamStateAsync(id, context.CancellationToken) is not null)
        {
            log.LogInformation("Police order {PoliceOrderId} already opened proceeding {OrderId}", m.OrderId, id);
            return;
        }
        session.Events.StartStream(id, new GuidanceProceedingOpened(id, m.ChildId, m.RegionCode, "police-referral", "refused-guidance", m.OrderId, m.CaseId,
            m.ReferredAt));
        log.LogInformation("Opened guidance order proceeding {OrderId} from police order {PoliceOrderId}", id, m.OrderId);
    }
}

using ChildProtection.Contracts.Police;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Inbox;
using ChildProtection.EventStore.Outbox;
using ChildProtection.EventStore.Storage;
using ChildProtection.ServiceDefaults;
using MassTransit;

namespace ChildProtection.Court.GuidanceOrders;

/// <summary>
/// Opens a family-education guidance order proceeding for each police referral of guardians who refused guidance. Idempotent
/// twice over: the inbox skips a redelivered message, and the proceeding id is derived from the police order id.
/// </summary>
public sealed class PoliceRefusalReferralConsumer(MessageInbox inbox, PostgresEventStore store, ILogger<PoliceRefusalReferralConsumer> log)
    : IdempotentConsumer<FamilyEducationGuidanceRefusalReferredToCourt>(inbox)
{
    protected override string ConsumerName => "court-guidance-refusal-referral";

    /// <summary>The proceeding a referral opens.</summary>
    public static Guid OrderIdFor(Guid policeOrderId) => DeterministicGuid.ForMessage(policeOrderId, 8);

    protected override async Task HandleAsync(ConsumeContext<FamilyEducationGuidanceRefusalReferredToCourt> context, InboxMark mark)
    {
        var m = context.Message;
        // Police cases are opened at county, township or village level (6, 9 or 12 digits): a referral from any of them counts.
        if (m.RegionCode is not { Length: >= 6 } || !RegionCodes.IsValidPrefix(m.RegionCode))
            throw new DomainRejectionException("invalid-region", "The referral's region is not a county-to-village region code.");
        var id = OrderIdFor(m.OrderId);
        var opened = new GuidanceProceedingOpened(id, m.ChildId, m.RegionCode, "police-referral", "refused-guidance", m.OrderId, m.CaseId, m.ReferredAt);
        var metadata = new EventMetadata(context.CorrelationId?.ToString("N") ?? Guid.NewGuid().ToString("N"), context.MessageId?.ToString(),
            new Actor(m.ReferredBy, Departments.Police, Roles.Officer, m.RegionCode), System.Diagnostics.Activity.Current?.Id);
        try
        {
            await store.StartStreamAsync(id, GuidanceOrderEventTypes.StreamType, [opened], metadata, new AppendOptions(mark), context.CancellationToken);
            log.LogInformation("Opened guidance order proceeding {OrderId} from police order {PoliceOrderId}", id, m.OrderId);
        }
        catch (ChildProtection.EventStore.ConcurrencyException)
        {
            log.LogInformation("Police order {PoliceOrderId} already opened proceeding {OrderId}", m.OrderId, id);
        }
    }
}

using ChildProtection.Contracts.Police;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Inbox;
using ChildProtection.EventStore.Outbox;
using ChildProtection.EventStore.Storage;
using ChildProtection.ServiceDefaults;
using MassTransit;

namespace ChildProtection.Procuratorate.Cases.Referrals;

/// <summary>
/// Opens a procuratorate case for each police referral (移送检察机关). Idempotent twice over: the inbox skips a
/// redelivered message, and the case id is derived from the referral id, so a referral re-sent under another
/// message id finds its case already open.
/// </summary>
public sealed class PoliceReferralConsumer(MessageInbox inbox, PostgresEventStore store, ILogger<PoliceReferralConsumer> log)
    : IdempotentConsumer<PoliceCaseReferredToProcuratorate>(inbox)
{
    protected override string ConsumerName => "procuratorate-police-referral";

    /// <summary>The case a referral opens.</summary>
    public static Guid CaseIdFor(Guid referralId) => DeterministicGuid.ForMessage(referralId, 1);

    protected override async Task HandleAsync(ConsumeContext<PoliceCaseReferredToProcuratorate> context, InboxMark mark)
    {
        var m = context.Message;
        if (!RegionCodes.IsValidPrefix(m.RegionCode) || m.RegionCode.Length < 6)
            throw new DomainRejectionException("invalid-region", "The referral's region is not a county-to-village region code.");
        var caseId = CaseIdFor(m.ReferralId);
        var summary = string.IsNullOrWhiteSpace(m.Summary) ? "(no summary)" : m.Summary.Trim();
        var opened = new CaseOpened(caseId, m.RegionCode, m.ChildId, CaseSources.PoliceReferral, m.ReferralId, m.CaseId, null,
            [.. m.Grounds.Distinct()], summary.Length > 4000 ? summary[..4000] : summary, m.ReferredAt);
        var metadata = new EventMetadata(context.CorrelationId?.ToString("N") ?? Guid.NewGuid().ToString("N"), context.MessageId?.ToString(),
            new Actor(m.ReferredBy, Departments.Police, Roles.Officer, m.RegionCode), System.Diagnostics.Activity.Current?.Id);
        try
        {
            await store.StartStreamAsync(caseId, CaseEventTypes.StreamType, [opened], metadata, new AppendOptions(mark), context.CancellationToken);
            log.LogInformation("Opened procuratorate case {CaseId} from police referral {ReferralId}", caseId, m.ReferralId);
        }
        catch (ChildProtection.EventStore.ConcurrencyException)
        {
            log.LogInformation("Police referral {ReferralId} already opened case {CaseId}", m.ReferralId, caseId);
        }
    }
}

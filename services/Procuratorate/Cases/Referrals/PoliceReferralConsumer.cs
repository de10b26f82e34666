using ChildProtection.Contracts.Police;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing.Inbox;
using ChildProtection.ServiceDefaults.EventSourcing.Outbox;
using Marten;
using MassTransit;

namespace ChildProtection.Procuratorate.Cases.Referrals;

/// <summary>
/// Opens a procuratorate case for each police referral (移送检察机关), in the consumer's one session with its inbox mark.
/// Idempotent twice over: the inbox skips a redelivered message, and the case id is derived from the referral id, so a
/// referral re-sent under another message id finds its case already open (one case per referral).
/// </summary>
public sealed class PoliceReferralConsumer(IDocumentStore store, TimeProvider clock, ILogger<PoliceReferralConsumer> log)
    : IdempotentConsumer<PoliceCaseReferredToProcuratorate>(store, clock)
{
    protected override string ConsumerName => "procuratorate-police-referral";

    /// <summary>The case a referral opens.</summary>
    public static Guid CaseIdFor(Guid referralId) => DeterministicGuid.ForMessage(referralId, 1);

    protected override async Task HandleAsync(ConsumeContext<PoliceCaseReferredToProcuratorate> context, IDocumentSession session)
    {
        var m = context.Message;
        if (!RegionCodes.IsValidPrefix(m.RegionCode) || m.RegionCode.Length < 6)
            throw new DomainRejectionException("invalid-region", "The referral's region is not a county-to-village region code.");
        var caseId = CaseIdFor(m.ReferralId);
        if (await session.Events.FetchStreamStateAsync(caseId, context.CancellationToken) is not null)
        {
            log.LogInformation("Police referral {ReferralId} already opened case {CaseId}", m.ReferralId, caseId);
            return;
        }
        var summary = string.IsNullOrWhiteSpace(m.Summary) ? "(no summary)" : m.Summary.Trim();
        session.Events.StartStream(caseId, new CaseOpened(caseId, m.RegionCode, m.ChildId, CaseSources.PoliceReferral, m.ReferralId, m.CaseId, null,
            [.. m.Grounds.Distinct()], summary.Length > 4000 ? summary[..4000] : summary, m.ReferredAt));
        log.LogInformation("Opened procuratorate case {CaseId} from police referral {ReferralId}", caseId, m.ReferralId);
    }
}

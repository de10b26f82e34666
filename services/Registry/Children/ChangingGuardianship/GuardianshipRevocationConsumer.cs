using ChildProtection.Contracts.Court;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Inbox;
using ChildProtection.EventStore.Storage;
using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Http;
using ChildProtection.Registry.Policies;
using ChildProtection.ServiceDefaults;
using MassTransit;
using GuardianshipFact = ChildProtection.Registry.Children.Facts.Guardianship;

namespace ChildProtection.Registry.Children.ChangingGuardianship;

/// <summary>
/// Applies a court's judgment revoking guardianship (Civil Code art. 36): each revoked parent's situation becomes
/// <c>guardianship-revoked</c> from the day the judgment takes effect and, when civil affairs is appointed, the child is
/// in long-term state guardianship (Minors Protection Law art. 94). Categories are reconciled in the same append as
/// any change by a caseworker. Idempotent: the inbox mark commits with the append, and a judgment already applied
/// decides nothing new.
/// </summary>
public sealed class GuardianshipRevocationConsumer(MessageInbox inbox, PostgresEventStore store, IRegistryPolicies policies,
    ILogger<GuardianshipRevocationConsumer> log) : IdempotentConsumer<GuardianshipRevocationJudged>(inbox)
{
    protected override string ConsumerName => "registry-guardianship-revocation";

    protected override async Task HandleAsync(ConsumeContext<GuardianshipRevocationJudged> context, InboxMark mark)
    {
        var m = context.Message;
        if (!m.Revoked) return;
        var ct = context.CancellationToken;
        for (var attempt = 0; ; attempt++)
        {
            var (state, version) = await store.AggregateStreamAsync<Child?>(m.ChildId, null, Child.Evolve, ct);
            if (state is null)
            {
                log.LogWarning("A guardianship revocation judgment {JudgmentId} about child {ChildId}, unknown to this registry, was not applied",
                    m.JudgmentId, m.ChildId);
                return;
            }
            var decided = Decide(m, state);
            var now = m.OccurredAt;
            var next = decided.Aggregate((Child?)state, Child.Evolve)!;
            var all = decided.Concat(CategoryReconciler.Reconcile(next, ChinaDate.On(now), policies.For(next.Details.RegionCode), now)).ToList();
            if (all.Count == 0) return;
            var metadata = new EventMetadata(context.CorrelationId?.ToString("N") ?? Guid.NewGuid().ToString("N"), context.MessageId?.ToString(),
                new Actor("court-judgment", Departments.Court, Roles.Judge, m.RegionCode), System.Diagnostics.Activity.Current?.Id);
            try
            {
                await store.AppendAsync(m.ChildId, ChildEventTypes.StreamType, version, all, metadata, new AppendOptions(mark), ct);
                log.LogInformation("Applied guardianship revocation judgment {JudgmentId} to child {ChildId}", m.JudgmentId, m.ChildId);
                return;
            }
            catch (ChildProtection.EventStore.ConcurrencyException) when (attempt < 3)
            {
                // A caseworker changed the child meanwhile: decide again on the new state.
            }
        }
    }

    /// <summary>The facts the judgment changes (nothing when they already hold).</summary>
    public static List<object> Decide(GuardianshipRevocationJudged m, Child state)
    {
        var events = new List<object>();
        foreach (var revoked in m.RevokedGuardians.Distinct())
        {
            ParentRole? parent = revoked switch { "father" => ParentRole.Father, "mother" => ParentRole.Mother, _ => null };
            if (parent is not { } role) continue;
            if (state.Parents.GetValueOrDefault(role)?.Kind == ParentSituationKind.GuardianshipRevoked) continue;
            events.Add(new ParentSituationRecorded(m.ChildId, role, new ParentSituation(ParentSituationKind.GuardianshipRevoked, m.EffectiveOn, null, null),
                m.OccurredAt));
        }
        if (m.NewGuardian == "civil-affairs" && state.CurrentGuardianship.Status != GuardianshipStatus.LongTermState)
            events.Add(new GuardianshipChanged(m.ChildId,
                new GuardianshipFact(GuardianshipStatus.LongTermState, null, null, "court revoked guardianship and appointed civil affairs", m.EffectiveOn),
                m.OccurredAt));
        return events;
    }
}

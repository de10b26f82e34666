using ChildProtection.Contracts.Court;
using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Http;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Inbox;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using Marten;
using MassTransit;
using GuardianshipFact = ChildProtection.Registry.Children.Facts.Guardianship;

namespace ChildProtection.Registry.Children.ChangingGuardianship;

/// <summary>
/// A court's judgment revoking guardianship (Civil Code art. 36), applied to the child's facts: each revoked parent's
/// situation becomes <c>guardianship-revoked</c> from the day the judgment takes effect and, when civil affairs is
/// appointed, the child is in long-term state guardianship (Minors Protection Law art. 94). Facts already holding
/// decide nothing. <see cref="At"/> is the judgment's own instant, so a late delivery records it as of then.
/// </summary>
public sealed record ApplyRevocationJudgment(GuardianshipRevocationJudged Judgment, Moment At)
{
    public static ApplyRevocationJudgment Of(GuardianshipRevocationJudged judgment) =>
        new(judgment, new Moment(judgment.OccurredAt, ChinaDate.On(judgment.OccurredAt)));

    public static Decision Decide(ApplyRevocationJudgment c, Child state)
    {
        var m = c.Judgment;
        var events = new List<object>();
        foreach (var revoked in m.RevokedGuardians.Distinct())
        {
            ParentRole? parent = revoked switch { "father" => ParentRole.Father, "mother" => ParentRole.Mother, _ => null };
            if (parent is not { } role) continue;
            if (state.Parents.GetValueOrDefault(role)?.Kind == ParentSituationKind.GuardianshipRevoked) continue;
            events.Add(new ParentSituationRecorded(m.ChildId, role, new ParentSituation(ParentSituationKind.GuardianshipRevoked, m.EffectiveOn, null, null),
                c.At.Now));
        }
        if (m.NewGuardian == "civil-affairs" && state.CurrentGuardianship.Status != GuardianshipStatus.LongTermState)
            events.Add(new GuardianshipChanged(m.ChildId,
                new GuardianshipFact(GuardianshipStatus.LongTermState, null, null, "court revoked guardianship and appointed civil affairs", m.EffectiveOn),
                c.At.Now));
        return Decision.Accept([.. events]);
    }
}

/// <summary>
/// Applies a court's judgment revoking guardianship to the child's file, with the categories reconciled in the same
/// append as any change by a caseworker. Idempotent: the inbox mark commits with the append, and a judgment already
/// applied decides nothing new. A concurrent change to the child fails the save; the message is retried on the new state.
/// </summary>
public sealed class GuardianshipRevocationConsumer(IDocumentStore store, TimeProvider clock, IRegistryPolicies policies,
    ILogger<GuardianshipRevocationConsumer> log) : IdempotentConsumer<GuardianshipRevocationJudged>(store, clock)
{
    protected override string ConsumerName => "registry-guardianship-revocation";

    protected override async Task HandleAsync(ConsumeContext<GuardianshipRevocationJudged> context, IDocumentSession session)
    {
        var m = context.Message;
        if (!m.Revoked) return;
        var child = await session.FetchForWritingAsync<Child>(m.ChildId, Child.Evolve, context.CancellationToken);
        if (child.State is not { } state)
        {
            log.LogWarning("A guardianship revocation judgment {JudgmentId} about child {ChildId}, unknown to this registry, was not applied",
                m.JudgmentId, m.ChildId);
            return;
        }
        var command = ApplyRevocationJudgment.Of(m);
        if (ChildDecisions.WithCategories(ApplyRevocationJudgment.Decide(command, state), state, command.At, policies)
            is not Decision.Accepted { Events.Count: > 0 } accepted) return;
        child.Append(accepted.Events);
        log.LogInformation("Applied guardianship revocation judgment {JudgmentId} to child {ChildId}", m.JudgmentId, m.ChildId);
    }
}

using ChildProtection.Contracts.Procuratorate;
using ChildProtection.Court.ReadModel;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Inbox;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using Marten;
using MassTransit;

namespace ChildProtection.Court.Revocations;

/// <summary>
/// The procuratorate's support of a suit to revoke guardianship (支持起诉): noted on the lawsuit's stream (so a petition filed
/// later starts out supported) and recorded on the child's open petitions, in the consumer's one session with its inbox mark.
/// </summary>
public sealed class ProcuratorateSupport(CourtQueries queries, ILogger<ProcuratorateSupport> log)
{
    public const string RevokeGuardianship = "revoke-guardianship";

    public async Task ApplyAsync(IDocumentSession session, Guid lawsuitId, Guid childId, string mode, DateTimeOffset at, CancellationToken ct)
    {
        session.Events.Append(lawsuitId, new ProcuratorateSupportNoted(lawsuitId, childId, mode, at));
        foreach (var caseId in await queries.OpenPetitionsAsync(childId, ct))
        {
            var petition = await session.FetchForWritingAsync<RevocationCase>(caseId, RevocationCase.Evolve, ct);
            if (petition.State is null
                || RecordProcuratorateSupport.Decide(new RecordProcuratorateSupport(lawsuitId, mode, at), petition.State) is not Decision.Accepted accepted) continue;
            petition.Append(accepted.Events);
            log.LogInformation("Revocation case {CaseId} supported by procuratorate lawsuit {LawsuitId}", caseId, lawsuitId);
        }
    }
}

public sealed class LawsuitSupportedConsumer(IDocumentStore store, TimeProvider clock, ProcuratorateSupport support)
    : IdempotentConsumer<LawsuitSupported>(store, clock)
{
    protected override string ConsumerName => "court-lawsuit-supported";

    protected override Task HandleAsync(ConsumeContext<LawsuitSupported> context, IDocumentSession session) =>
        context.Message.Claim == ProcuratorateSupport.RevokeGuardianship
            ? support.ApplyAsync(session, context.Message.LawsuitId, context.Message.ChildId, context.Message.Mode, context.Message.OccurredAt,
                context.CancellationToken)
            : Task.CompletedTask;
}

public sealed class SupportedLawsuitFiledConsumer(IDocumentStore store, TimeProvider clock, ProcuratorateSupport support)
    : IdempotentConsumer<SupportedLawsuitFiled>(store, clock)
{
    protected override string ConsumerName => "court-supported-lawsuit-filed";

    protected override Task HandleAsync(ConsumeContext<SupportedLawsuitFiled> context, IDocumentSession session) =>
        context.Message.Claim == ProcuratorateSupport.RevokeGuardianship
            ? support.ApplyAsync(session, context.Message.LawsuitId, context.Message.ChildId, "support", context.Message.OccurredAt,
                context.CancellationToken)
            : Task.CompletedTask;
}

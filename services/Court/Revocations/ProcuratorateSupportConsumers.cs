using ChildProtection.Contracts.Procuratorate;
using ChildProtection.Court.ReadModel;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Inbox;
using ChildProtection.EventStore.Storage;
using MassTransit;

namespace ChildProtection.Court.Revocations;

/// <summary>
/// Marks the child's revocation petitions as supported by the procuratorate (支持起诉), and remembers the support for a petition
/// filed later. Idempotent: the inbox skips a redelivered message, and a petition already supported by the lawsuit decides nothing.
/// </summary>
public sealed class ProcuratorateSupport(PostgresEventStore store, CourtQueries queries, ILogger<ProcuratorateSupport> log)
{
    public const string RevokeGuardianship = "revoke-guardianship";

    public async Task ApplyAsync(Guid lawsuitId, Guid childId, string mode, DateTimeOffset at, InboxMark mark, ConsumeContext context)
    {
        var ct = context.CancellationToken;
        await queries.RememberSupportAsync(lawsuitId, childId, mode, at, ct);
        var metadata = EventMetadata.ForSystem(context.CorrelationId?.ToString("N"));
        var marked = false;
        foreach (var caseId in await queries.OpenPetitionsAsync(childId, ct))
        {
            var (petition, version) = await store.AggregateStreamAsync<RevocationCase?>(caseId, null, RevocationCase.Evolve, ct);
            if (petition?.RecordSupport(lawsuitId, mode, at) is not Decision.Accepted accepted) continue;
            await store.AppendAsync(caseId, RevocationEventTypes.StreamType, version, accepted.Events, metadata, marked ? null : new AppendOptions(mark), ct);
            marked = true;
            log.LogInformation("Revocation case {CaseId} supported by procuratorate lawsuit {LawsuitId}", caseId, lawsuitId);
        }
    }
}

public sealed class LawsuitSupportedConsumer(MessageInbox inbox, ProcuratorateSupport support) : IdempotentConsumer<LawsuitSupported>(inbox)
{
    protected override string ConsumerName => "court-lawsuit-supported";

    protected override Task HandleAsync(ConsumeContext<LawsuitSupported> context, InboxMark mark) =>
        context.Message.Claim == ProcuratorateSupport.RevokeGuardianship
            ? support.ApplyAsync(context.Message.LawsuitId, context.Message.ChildId, context.Message.Mode, context.Message.OccurredAt, mark, context)
            : Task.CompletedTask;
}

public sealed class SupportedLawsuitFiledConsumer(MessageInbox inbox, ProcuratorateSupport support) : IdempotentConsumer<SupportedLawsuitFiled>(inbox)
{
    protected override string ConsumerName => "court-supported-lawsuit-filed";

    protected override Task HandleAsync(ConsumeContext<SupportedLawsuitFiled> context, InboxMark mark) =>
        context.Message.Claim == ProcuratorateSupport.RevokeGuardianship
            ? support.ApplyAsync(context.Message.LawsuitId, context.Message.ChildId, "support", context.Message.OccurredAt, mark, context)
            : Task.CompletedTask;
}

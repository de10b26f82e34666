using System.Diagnostics;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Inbox;
using ChildProtection.EventStore.Storage;
using ChildProtection.Visits.Http;
using ChildProtection.Visits.Plans;
using MassTransit;
using Npgsql;
using Registry = ChildProtection.Contracts.Registry;

namespace ChildProtection.Visits.Planning;

/// <summary>
/// Keeps the registry facts and the visit plans current from the registry's events. One consumer on one queue with one
/// message at a time, so a child's events are applied in the order the registry published them. Idempotent through the
/// inbox: the facts, the plan's events and the inbox mark commit in one transaction.
/// </summary>
public sealed class RegistryFactsConsumer(NpgsqlDataSource db, PostgresEventStore store, MessageInbox inbox, TimeProvider clock)
    : IConsumer<Registry.ChildRegistered>, IConsumer<Registry.ChildDetailsCorrected>, IConsumer<Registry.ChildCategoryEntered>,
      IConsumer<Registry.ChildCategoryLeft>, IConsumer<Registry.ChildRiskFactorFlagged>, IConsumer<Registry.ChildRiskFactorCleared>,
      IConsumer<Registry.ChildDirectorAssigned>, IConsumer<Registry.ChildGuardianshipChanged>, IConsumer<Registry.ChildCareDelegated>
{
    /// <summary>The consumer's name in the inbox.</summary>
    public const string Name = "visits-registry-facts";

    public Task Consume(ConsumeContext<Registry.ChildRegistered> c) => ApplyAsync(c, c.Message.ChildId, "registered",
        f => f with { RegionCode = c.Message.RegionCode, BirthDate = c.Message.BirthDate, Household = c.Message.Household });

    public Task Consume(ConsumeContext<Registry.ChildDetailsCorrected> c) => ApplyAsync(c, c.Message.ChildId,
        "details-corrected", f => f with { RegionCode = c.Message.RegionCode, BirthDate = c.Message.BirthDate, Household = c.Message.Household });

    public Task Consume(ConsumeContext<Registry.ChildCategoryEntered> c) => ApplyAsync(c, c.Message.ChildId,
        $"category-entered:{c.Message.Category}", f => f.WithCategory(c.Message.Category, true));

    public Task Consume(ConsumeContext<Registry.ChildCategoryLeft> c) => ApplyAsync(c, c.Message.ChildId,
        $"category-left:{c.Message.Category}", f => f.WithCategory(c.Message.Category, false));

    public Task Consume(ConsumeContext<Registry.ChildRiskFactorFlagged> c) => ApplyAsync(c, c.Message.ChildId,
        $"risk-factor-flagged:{c.Message.Code}", f => f.WithRiskFactor(c.Message.Code, true));

    public Task Consume(ConsumeContext<Registry.ChildRiskFactorCleared> c) => ApplyAsync(c, c.Message.ChildId,
        $"risk-factor-cleared:{c.Message.Code}", f => f.WithRiskFactor(c.Message.Code, false));

    public Task Consume(ConsumeContext<Registry.ChildDirectorAssigned> c) => ApplyAsync(c, c.Message.ChildId,
        "director-assigned", f => f with { DirectorId = c.Message.DirectorId });

    public Task Consume(ConsumeContext<Registry.ChildGuardianshipChanged> c) => ApplyAsync(c, c.Message.ChildId,
        "guardianship-changed", f => f with { Guardianship = c.Message.Status });

    public Task Consume(ConsumeContext<Registry.ChildCareDelegated> c) => ApplyAsync(c, c.Message.ChildId,
        "care-delegated", f => f with { CarerDelegated = c.Message.Delegated, CarerUnfit = c.Message.CarerUnfit });

    private async Task ApplyAsync(ConsumeContext context, Guid childId, string reason, Func<ChildFacts, ChildFacts> change)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("A registry message without MessageId cannot be de-duplicated.");
        var ct = context.CancellationToken;
        if (await inbox.HasHandledAsync(Name, messageId, ct)) return;

        var facts = change(await ChildFactsTable.ReadAsync(db, childId, ct) ?? ChildFacts.Unknown(childId));
        var (plan, version) = await store.AggregateStreamAsync<Plan?>(childId, null, Plan.Evolve, ct);
        var now = clock.GetUtcNow();
        var events = PlanDecider.Decide(plan, facts, ChinaDate.On(now), now, reason);
        Task Upsert(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken token) => ChildFactsTable.UpsertAsync(conn, tx, facts, token);
        try
        {
            if (events.Count == 0)
            {
                await inbox.HandleAsync(Name, messageId, Upsert, ct);
                return;
            }
            var metadata = new EventMetadata(context.CorrelationId?.ToString("N") ?? messageId.ToString("N"), messageId.ToString("N"),
                Actor.System, Activity.Current?.Id);
            await store.AppendAsync(childId, PlanEventTypes.StreamType, version, events, metadata,
                new AppendOptions(new InboxMark(Name, messageId), Upsert), ct);
        }
        catch (DuplicateMessageException)
        {
            // A concurrent delivery of the same message committed first.
        }
    }
}

/// <summary>One message at a time on the consumer's queue: the registry's order per child is kept.</summary>
public sealed class RegistryFactsConsumerDefinition : ConsumerDefinition<RegistryFactsConsumer>
{
    public RegistryFactsConsumerDefinition()
    {
        EndpointName = RegistryFactsConsumer.Name;
        ConcurrentMessageLimit = 1;
    }
}

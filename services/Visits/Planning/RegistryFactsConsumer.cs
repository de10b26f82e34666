using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Inbox;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using ChildProtection.Visits.Plans;
using Marten;
using MassTransit;
using Npgsql;
using Registry = ChildProtection.Contracts.Registry;

namespace ChildProtection.Visits.Planning;

/// <summary>
/// Keeps the registry facts and the visit plans current from the registry's events. One consumer on one queue with one
/// message at a time, so a child's events are applied in the order the registry published them. Each message is handled by
/// a <see cref="RegistryFact{TMessage}"/> (an <see cref="IdempotentConsumer{TMessage}"/>): the facts, the plan's events and the
/// inbox mark commit in one session.
/// </summary>
public sealed class RegistryFactsConsumer(IDocumentStore store, NpgsqlDataSource db, ServiceSchema schema, TimeProvider clock)
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

    private Task ApplyAsync<TMessage>(ConsumeContext<TMessage> context, Guid childId, string reason, Func<ChildFacts, ChildFacts> change)
        where TMessage : class =>
        new RegistryFact<TMessage>(store, db, schema, clock, childId, reason, change, Moment.Of(clock)).Consume(context);
}

/// <summary>
/// One registry fact, applied once (inbox <see cref="RegistryFactsConsumer.Name"/>): the child's facts updated, and the plan
/// opened (once per child: the plan's stream is loaded for writing, so a concurrent opening fails), re-planned or closed by
/// <see cref="ReconcilePlan"/>, all saved by the base with the inbox mark and the message's metadata.
/// </summary>
internal sealed class RegistryFact<TMessage>(IDocumentStore store, NpgsqlDataSource db, ServiceSchema schema, TimeProvider clock, Guid childId,
    string reason, Func<ChildFacts, ChildFacts> change, Moment at) : IdempotentConsumer<TMessage>(store, clock) where TMessage : class
{
    protected override string ConsumerName => RegistryFactsConsumer.Name;

    protected override async Task HandleAsync(ConsumeContext<TMessage> context, IDocumentSession session)
    {
        var ct = context.CancellationToken;
        var facts = change(await ChildFactsTable.ReadAsync(db, schema, childId, ct) ?? ChildFacts.Unknown(childId));
        ChildFactsTable.Upsert(session, schema, facts);
        var plan = await session.FetchForWritingAsync<Plan>(childId, Plan.Evolve, ct);
        if (ReconcilePlan.Decide(new ReconcilePlan(facts, reason, at), plan.State) is Decision.Accepted accepted)
            plan.Append(accepted.Events);
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

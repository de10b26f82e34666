using ChildProtection.Jurisdictions;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Facts;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Inbox;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using Marten;
using MassTransit;

namespace ChildProtection.Relief.Assessment;

/// <summary>
/// Applies a fact change and re-assesses the child as an <see cref="IdempotentConsumer{TMessage}"/> of the message: the facts,
/// the child's relief events and the inbox mark are saved by one session (a redelivered message changes nothing, so a
/// proactive case is opened once).
/// </summary>
public sealed class Reassessment(IDocumentStore store, TimeProvider clock, ChildFactsTable factsTable, PolicyPacks packs)
{
    /// <summary>Handles <paramref name="context"/>: <paramref name="change"/> to the child's facts, which changed on <paramref name="changedOn"/> (today when null).</summary>
    public Task ConsumeAsync<TMessage>(ConsumeContext<TMessage> context, Guid childId, Func<ChildFacts, ChildFacts> change, DateOnly? changedOn)
        where TMessage : class =>
        new FactChange<TMessage>(store, clock, (session, ct) => ApplyAsync(session, childId, change, changedOn, ct)).Consume(context);

    private async Task ApplyAsync(IDocumentSession session, Guid childId, Func<ChildFacts, ChildFacts> change, DateOnly? changedOn, CancellationToken ct)
    {
        var facts = change(await factsTable.ReadAsync(childId, ct) ?? ChildFacts.Unknown(childId));
        var at = Moment.Of(clock);
        var relief = await session.FetchForWritingAsync<ChildRelief>(childId, ChildRelief.Evolve, ct);
        var command = new ReassessChild(facts, changedOn ?? at.Today, facts.RegionCode is { } region ? packs.Resolve(region).Relief : null, at);
        if (ReassessChild.Decide(command, relief.State) is Decision.Accepted accepted) relief.Append(accepted.Events);
        factsTable.Upsert(session, facts);
    }

    /// <summary>One message of the <c>relief-facts</c> queue, handled in the inbox's session.</summary>
    private sealed class FactChange<TMessage>(IDocumentStore store, TimeProvider clock, Func<IDocumentSession, CancellationToken, Task> handle)
        : IdempotentConsumer<TMessage>(store, clock) where TMessage : class
    {
        protected override string ConsumerName => ReliefFactsConsumer.Name;

        protected override Task HandleAsync(ConsumeContext<TMessage> context, IDocumentSession session) => handle(session, context.CancellationToken);
    }
}

using System.Diagnostics;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Inbox;
using ChildProtection.EventStore.Storage;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Facts;
using ChildProtection.Relief.Http;
using ChildProtection.Jurisdictions;
using Npgsql;

namespace ChildProtection.Relief.Assessment;

/// <summary>
/// Applies a fact change and re-assesses the child in one transaction: the facts, the child's relief events and the
/// inbox mark commit together (idempotent per message).
/// </summary>
public sealed class Reassessment(NpgsqlDataSource db, PostgresEventStore store, MessageInbox inbox, PolicyPacks packs, TimeProvider clock)
{
    public async Task ApplyAsync(string consumer, Guid messageId, string? correlationId, Guid childId, Func<ChildFacts, ChildFacts> change,
        DateOnly? changedOn, CancellationToken ct)
    {
        if (await inbox.HasHandledAsync(consumer, messageId, ct)) return;
        var facts = change(await ChildFactsTable.ReadAsync(db, childId, ct) ?? ChildFacts.Unknown(childId));
        var (state, version) = await store.AggregateStreamAsync<ChildRelief?>(childId, null, ChildRelief.Evolve, ct);
        var now = clock.GetUtcNow();
        var today = ChinaDate.On(now);
        List<object> events = [];
        if (state is not null && facts.RegionCode is { } moved && moved != state.RegionCode)
        {
            events.Add(new ChildMoved(childId, state.RegionCode, moved, now));
            state = ChildRelief.Evolve(state, events[0]);
        }
        if (facts.RegionCode is { } region)
            events.AddRange(ReliefAssessor.Assess(state, facts, today, changedOn ?? today, packs.Resolve(region).Relief, now, Guid.NewGuid));
        Task Upsert(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken token) => ChildFactsTable.UpsertAsync(conn, tx, facts, token);
        try
        {
            if (events.Count == 0)
            {
                await inbox.HandleAsync(consumer, messageId, Upsert, ct);
                return;
            }
            var metadata = new EventMetadata(correlationId ?? messageId.ToString("N"), messageId.ToString("N"), Actor.System, Activity.Current?.Id);
            await store.AppendAsync(childId, ReliefEventTypes.StreamType, version, events, metadata,
                new AppendOptions(new InboxMark(consumer, messageId), Upsert), ct);
        }
        catch (DuplicateMessageException)
        {
            // A concurrent delivery of the same message committed first.
        }
    }
}

using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.ServiceDefaults;
using ChildProtection.Registry.Http;
using ChildProtection.ServiceDefaults.Http;

namespace ChildProtection.Registry.Children;

/// <summary>
/// The one way a fact about a registered child changes: check the caller's region and <c>If-Match</c>, decide,
/// recompute the categories from the new facts, append everything in one transaction, answer with the file and
/// its new ETag. Every fact endpoint goes through here, so categories can never lag behind the facts.
/// </summary>
public sealed class ChildCommandHandler(PostgresEventStore store, TimeProvider clock, IRegistryPolicies policies, ChildViews views)
{
    /// <param name="validate">Input checks that need the child (e.g. a date before the child's birth): errors → 400, nothing stored.</param>
    public async Task<IResult> HandleAsync(HttpContext http, Guid id, Func<Child, DateTimeOffset, Decision> decide, CancellationToken ct,
        Func<Child, Dictionary<string, string[]>>? validate = null)
    {
        var caller = Caller.From(http.User);
        var (expected, precondition) = Preconditions.ExpectedVersion(http.Request, "child");
        if (precondition is not null) return precondition;

        var (state, version) = await store.AggregateStreamAsync<Child?>(id, null, Child.Evolve, ct);
        if (state is null || !caller.CanSee(state.Details.RegionCode)) return Problems.NotFound("No such child in your jurisdiction.");
        if (version != expected) throw new ConcurrencyException(id, expected);
        if (validate?.Invoke(state) is { Count: > 0 } errors) return Problems.Validation(errors);

        var now = clock.GetUtcNow();
        switch (decide(state, now))
        {
            case Decision.Rejected rejected:
                return Problems.Rejected(rejected.Code, rejected.Reason);
            case Decision.Accepted accepted:
                var (child, newVersion) = await AppendWithCategoriesAsync(state, version, accepted.Events, http.CreateEventMetadata(), now, ct);
                http.Response.Headers.ETag = ETags.Format(newVersion);
                return TypedResults.Ok(views.Full(child, newVersion, caller, ChinaDate.On(now)));
            default:
                throw new InvalidOperationException("Unknown decision.");
        }
    }

    /// <summary>Appends the decided events plus the category changes they cause; nothing when neither changes anything.</summary>
    public async Task<(Child Child, long Version)> AppendWithCategoriesAsync(Child? state, long version, IReadOnlyList<object> decided,
        EventMetadata metadata, DateTimeOffset now, CancellationToken ct)
    {
        var next = decided.Aggregate(state, Child.Evolve) ?? throw new InvalidOperationException("The events did not produce a child.");
        var today = ChinaDate.On(now);
        var categoryEvents = CategoryReconciler.Reconcile(next, today, policies.For(next.Details.RegionCode), now);
        var all = decided.Concat(categoryEvents).ToList();
        if (all.Count == 0) return (next, version);
        var result = await store.AppendAsync(next.Id, ChildEventTypes.StreamType, version, all, metadata, ct: ct);
        return (categoryEvents.Aggregate((Child?)next, Child.Evolve)!, result.NextVersion);
    }
}

namespace ChildProtection.ServiceDefaults.EventSourcing.Streams;

/// <summary>
/// What the command step needs to know about one kind of stream: how to fold it, whose jurisdiction a record is in, and
/// which child a read or change is about (the audit subject).
/// </summary>
/// <param name="Noun">How people call the record, for problems: "case", "protection order".</param>
/// <param name="Evolve">The domain's pure fold.</param>
/// <param name="RegionOf">The record's 12-digit region code (a caller sees it when the code starts with their prefix).</param>
/// <param name="ChildOf">The child the record is about, recorded as the audit subject; null when it is about none.</param>
public sealed record StreamKind<TState>(string Noun, Func<TState?, object, TState?> Evolve, Func<TState, string> RegionOf,
    Func<TState, Guid?>? ChildOf = null) where TState : class
{
    /// <summary>Folds <paramref name="events"/> onto <paramref name="state"/>.</summary>
    public TState? Apply(TState? state, IEnumerable<object> events) => events.Aggregate(state, Evolve);
}

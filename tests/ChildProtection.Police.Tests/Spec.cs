using ChildProtection.EventStore;

namespace ChildProtection.Police.Tests;

/// <summary>Given events, when a command is decided, then these events or this rejection: no database involved.</summary>
public sealed class Spec<TState>(Func<TState?, object, TState?> evolve) where TState : class
{
    private readonly List<object> _given = [];
    private Decision? _decision;

    public Spec<TState> Given(params object[] events)
    {
        _given.AddRange(events);
        return this;
    }

    public Spec<TState> When(Func<TState, Decision> decide)
    {
        var state = _given.Aggregate((TState?)null, evolve) ?? throw new InvalidOperationException("Given no events that make a state.");
        _decision = decide(state);
        return this;
    }

    public IReadOnlyList<object> Then(params Type[] eventTypes)
    {
        var accepted = Assert.IsType<Decision.Accepted>(_decision);
        Assert.Equal(eventTypes, accepted.Events.Select(e => e.GetType()).ToArray());
        return accepted.Events;
    }

    public void ThenRejected(string code)
    {
        var rejected = Assert.IsType<Decision.Rejected>(_decision);
        Assert.Equal(code, rejected.Code);
    }
}

using ChildProtection.EventStore;

namespace ChildProtection.Procuratorate.Tests.Domain;

/// <summary>Given events, when a command, then events or a rejection: the deciders tested without a database.</summary>
public sealed class Spec<T>(Func<T?, object, T?> evolve) where T : class
{
    private T? _state;

    public Spec<T> Given(params object[] events)
    {
        _state = events.Aggregate(_state, evolve);
        return this;
    }

    public T State => _state ?? throw new InvalidOperationException("No state: give the stream's first event.");

    public IReadOnlyList<object> Then(Func<T, Decision> when, params object[] expected)
    {
        var decision = when(State);
        var accepted = Assert.IsType<Decision.Accepted>(decision);
        Assert.Equal(expected, accepted.Events);
        _state = accepted.Events.Aggregate(_state, evolve);
        return accepted.Events;
    }

    public void ThenRejected(Func<T, Decision> when, string code)
    {
        var rejected = Assert.IsType<Decision.Rejected>(when(State));
        Assert.Equal(code, rejected.Code);
    }
}

using ChildProtection.Police.Http;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Testing.Domain;

namespace ChildProtection.Police.Tests;

/// <summary>What the police's pure decision tests share: the instant a command is decided at, and events checked by type.</summary>
public static class DecisionSpecs
{
    /// <summary>The moment of <paramref name="now"/>, with its China date.</summary>
    public static Moment At(DateTimeOffset now) => new(now, ChinaDate.On(now));

    /// <summary>Asserts the command was accepted with events of exactly these types, in order; returns them for closer checks.</summary>
    public static IReadOnlyList<object> ThenEventsOf<TState>(this Spec<TState>.Outcome outcome, params Type[] eventTypes) where TState : class
    {
        var events = outcome.ThenAccepted();
        Assert.Equal(eventTypes, events.Select(e => e.GetType()).ToArray());
        return events;
    }
}

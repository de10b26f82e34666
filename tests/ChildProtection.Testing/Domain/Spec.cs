using ChildProtection.ServiceDefaults.EventSourcing;
using Xunit;

namespace ChildProtection.Testing.Domain;

/// <summary>
/// Given(events) / When(decide) / Then(events or a rejection) for the pure domain: no database, no clock.
/// <code>Spec.For(Plan.Evolve).Given(created, visited).When(s => RecordVisit.Decide(command, s)).Then(new VisitRecorded(...));</code>
/// </summary>
public static class Spec
{
    public static Spec<TState> For<TState>(Func<TState?, object, TState?> evolve) where TState : class => new(evolve, []);
}

public sealed record Spec<TState>(Func<TState?, object, TState?> Evolve, IReadOnlyList<object> History) where TState : class
{
    /// <summary>The stream so far.</summary>
    public Spec<TState> Given(params object[] events) => this with { History = [.. History, .. events] };

    /// <summary>The state the history folds into (fails when it folds into nothing).</summary>
    public TState State => History.Aggregate((TState?)null, Evolve) ?? throw new InvalidOperationException("The given events make no state.");

    /// <summary>Decides on the folded state.</summary>
    public Outcome When(Func<TState, Decision> decide) => new(decide(State));

    public sealed record Outcome(Decision Decision)
    {
        /// <summary>Asserts the command was accepted with exactly these events, in order.</summary>
        public IReadOnlyList<object> Then(params object[] expected)
        {
            var accepted = Assert.IsType<Decision.Accepted>(Decision);
            // Events hold lists, which records compare by reference: compare what would be stored.
            Assert.Equal(expected.Select(Stored), accepted.Events.Select(Stored));
            return accepted.Events;
        }

        private static string Stored(object e) => $"{e.GetType().Name} {System.Text.Json.JsonSerializer.Serialize(e, e.GetType(), EventJson.Options)}";

        /// <summary>Asserts the command was accepted and returns its events for closer checks.</summary>
        public IReadOnlyList<object> ThenAccepted() => Assert.IsType<Decision.Accepted>(Decision).Events;

        /// <summary>Asserts the command was rejected with <paramref name="code"/>.</summary>
        public Decision.Rejected ThenRejected(string code)
        {
            var rejected = Assert.IsType<Decision.Rejected>(Decision);
            Assert.Equal(code, rejected.Code);
            return rejected;
        }
    }
}

namespace ChildProtection.EventStore;

/// <summary>The outcome of a pure <c>Decide(command, state)</c>: events to append, or a typed rejection.</summary>
public abstract record Decision
{
    private Decision() { }

    /// <summary>The command is accepted and yields these events.</summary>
    public sealed record Accepted(IReadOnlyList<object> Events) : Decision;

    /// <summary>The command is refused; <paramref name="Code"/> is stable, <paramref name="Reason"/> is for people.</summary>
    public sealed record Rejected(string Code, string Reason) : Decision;

    public static Decision Accept(params object[] events) => new Accepted(events);

    public static Decision Reject(string code, string reason) => new Rejected(code, reason);
}

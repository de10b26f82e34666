namespace ChildProtection.ServiceDefaults.EventSourcing;

/// <summary>The outcome of a pure <c>Decide(command, state)</c>: events to append, or a typed rejection.</summary>
public abstract record Decision
{
    private Decision() { }

    /// <summary>The command is accepted and yields these events (none: nothing changes, the answer is the current state).</summary>
    public sealed record Accepted(IReadOnlyList<object> Events) : Decision;

    /// <summary>The command is refused; <paramref name="Code"/> is stable, <paramref name="Reason"/> is for people.</summary>
    public sealed record Rejected(string Code, string Reason) : Decision;

    /// <summary>The input does not fit the record it is about (a date before the child's birth): 400 per field, nothing stored.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : Decision;

    public static Decision Accept(params object[] events) => new Accepted(events);

    public static Decision Accept(IEnumerable<object> events) => new Accepted(events.ToList());

    public static Decision Reject(string code, string reason) => new Rejected(code, reason);

    public static Decision Refuse(IReadOnlyDictionary<string, string[]> errors) => new Invalid(errors);
}

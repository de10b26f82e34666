using ChildProtection.Registry.Http;

namespace ChildProtection.Registry.Staff;

/// <summary>Why and when a director or supervisor left the post (resigned, transferred, dismissed…).</summary>
public sealed record Departure(DateOnly LeftOn, string Reason);

/// <summary>The body of a <c>…/leave</c> request, validated before anything reaches the event store.</summary>
public sealed record LeavingInput(string? LeftOn, string? Reason)
{
    /// <summary>Validates and converts; on failure returns the errors per field, in camelCase.</summary>
    public (Departure? Departure, Dictionary<string, string[]> Errors) Validate(DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        var leftOn = InputFields.PastDate(errors, "leftOn", LeftOn, today, "The leaving date");
        var reason = InputFields.Text(errors, "reason", Reason, 200, "The reason");
        return errors.Count > 0 ? (null, errors) : (new Departure(leftOn!.Value, reason!), errors);
    }
}

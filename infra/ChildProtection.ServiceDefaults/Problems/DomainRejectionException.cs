namespace ChildProtection.ServiceDefaults;

/// <summary>
/// A domain rule refused a command. Thrown by consumers (and endpoints that prefer throwing) so that
/// MassTransit does not retry it — retrying cannot change the answer — and the message goes straight
/// to the <c>_error</c> queue; over HTTP it becomes 409 <see cref="ProblemTypes.Rejected"/>.
/// </summary>
public sealed class DomainRejectionException : Exception
{
    /// <param name="code">A stable machine-readable reason, e.g. <c>child-not-registered</c>.</param>
    /// <param name="message">A human-readable explanation; shown to callers, so no personal data.</param>
    public DomainRejectionException(string code, string message) : base(message) => Code = code;

    /// <summary>The stable machine-readable reason.</summary>
    public string Code { get; }
}

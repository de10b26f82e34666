namespace ChildProtection.ServiceDefaults;

/// <summary>A queue holding messages whose consumer gave up.</summary>
/// <param name="Name">The error queue, e.g. <c>child-registered_error</c>.</param>
/// <param name="SourceQueue">The queue its messages came from and go back to on requeue.</param>
/// <param name="Messages">How many messages wait in it.</param>
public sealed record ErrorQueue(string Name, string SourceQueue, long Messages);

/// <summary>
/// What an operator needs to decide about a faulted message. The message body is left out on purpose:
/// it may carry a child's personal data, and the fault reason plus ids are enough to act on.
/// </summary>
/// <param name="MessageId">The MassTransit message id.</param>
/// <param name="MessageTypes">The message's type URNs.</param>
/// <param name="FaultMessage">The exception message (<c>MT-Fault-Message</c>).</param>
/// <param name="FaultExceptionType">The exception type (<c>MT-Fault-ExceptionType</c>).</param>
/// <param name="FaultedAt">When it faulted (<c>MT-Fault-Timestamp</c>).</param>
/// <param name="Reason">MassTransit's reason (<c>MT-Reason</c>), e.g. <c>fault</c>.</param>
public sealed record FaultedMessage(
    string? MessageId, IReadOnlyList<string> MessageTypes, string? FaultMessage, string? FaultExceptionType,
    string? FaultedAt, string? Reason);

/// <summary>The outcome of moving an error queue's messages back to their source queue.</summary>
/// <param name="From">The error queue.</param>
/// <param name="To">The source queue.</param>
/// <param name="Moved">How many messages were moved.</param>
public sealed record RequeueResult(string From, string To, int Moved);

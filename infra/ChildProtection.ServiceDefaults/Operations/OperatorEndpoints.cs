using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChildProtection.ServiceDefaults;

/// <summary>Operator endpoints for messages that landed in error queues. Role <c>operator</c> only.</summary>
public static class OperatorEndpoints
{
    /// <summary>
    /// Maps <c>GET /ops/errors</c> (error queues with counts), <c>GET /ops/errors/{queue}?count=10</c>
    /// (peek, without bodies) and <c>POST /ops/errors/{queue}/requeue</c> (409 rejected when the source queue is gone). Needs
    /// <see cref="MessagingExtensions.AddMessaging{TBuilder}"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapOperatorEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var errors = endpoints.MapGroup("/ops/errors").RequireAuthorization(Policies.Role(Roles.Operator));
        errors.MapGet("/", ListAsync);
        errors.MapGet("/{queue}", PeekAsync);
        errors.MapPost("/{queue}/requeue", RequeueAsync);
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<ErrorQueue>>> ListAsync(ErrorQueueAdmin admin, CancellationToken cancellationToken) =>
        TypedResults.Ok(await admin.ListAsync(cancellationToken));

    private static async Task<Results<Ok<IReadOnlyList<FaultedMessage>>, ValidationProblem, ProblemHttpResult>> PeekAsync(
        string queue, ErrorQueueAdmin admin, CancellationToken cancellationToken, int count = 10)
    {
        if (!ErrorQueueAdmin.IsErrorQueueName(queue))
        {
            return InvalidQueue();
        }
        if (count is < 1 or > 100)
        {
            return Problems.Validation("count", "Between 1 and 100.");
        }
        return await admin.PeekAsync(queue, count, cancellationToken) is { } messages
            ? TypedResults.Ok(messages)
            : Problems.NotFound($"No queue '{queue}'.");
    }

    private static async Task<Results<Ok<RequeueResult>, ValidationProblem, ProblemHttpResult>> RequeueAsync(
        string queue, ErrorQueueAdmin admin, CancellationToken cancellationToken)
    {
        if (!ErrorQueueAdmin.IsErrorQueueName(queue))
        {
            return InvalidQueue();
        }
        return await admin.RequeueAsync(queue, cancellationToken) is { } result
            ? TypedResults.Ok(result)
            : Problems.NotFound($"No queue '{queue}'.");
    }

    private static ValidationProblem InvalidQueue() =>
        Problems.Validation("queue", $"An error queue name ending in '{ErrorQueueAdmin.ErrorSuffix}'.");
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// Inspects and requeues MassTransit's <c>_error</c> queues through the RabbitMQ management HTTP API
/// (<c>RabbitMq:ManagementUrl</c>, same credentials as AMQP).
/// </summary>
public sealed partial class ErrorQueueAdmin
{
    /// <summary>The suffix MassTransit gives error queues.</summary>
    public const string ErrorSuffix = "_error";

    private readonly HttpClient http;
    private readonly string vhost;

    /// <summary>Created by the HttpClient factory (see <see cref="MessagingExtensions.AddMessaging{TBuilder}"/>).</summary>
    public ErrorQueueAdmin(HttpClient http, IOptions<RabbitMqOptions> options)
    {
        var rabbit = options.Value;
        this.http = http;
        http.BaseAddress ??= new Uri(rabbit.ManagementUrl.TrimEnd('/') + "/");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{rabbit.Username}:{rabbit.Password}")));
        vhost = Uri.EscapeDataString(rabbit.VirtualHost);
    }

    /// <summary>True for a well-formed error queue name (what the endpoints accept).</summary>
    public static bool IsErrorQueueName(string? name) => name is not null && ErrorQueueName().IsMatch(name);

    /// <summary>Every <c>_error</c> queue in the virtual host with its message count (RabbitMQ refreshes these counts every few seconds).</summary>
    public async Task<IReadOnlyList<ErrorQueue>> ListAsync(CancellationToken cancellationToken = default)
    {
        var queues = await http.GetFromJsonAsync<JsonArray>($"api/queues/{vhost}?columns=name,messages", cancellationToken) ?? [];
        return
        [
            .. queues
                .Select(q => (Name: q?["name"]?.GetValue<string>(), Messages: q?["messages"]?.GetValue<long>() ?? 0))
                .Where(q => IsErrorQueueName(q.Name))
                .Select(q => new ErrorQueue(q.Name!, SourceOf(q.Name!), q.Messages))
                .OrderBy(q => q.Name, StringComparer.Ordinal),
        ];
    }

    /// <summary>
    /// The first <paramref name="count"/> messages of an error queue, left in place; null when the queue
    /// does not exist.
    /// </summary>
    public async Task<IReadOnlyList<FaultedMessage>?> PeekAsync(string errorQueue, int count = 10, CancellationToken cancellationToken = default)
    {
        EnsureErrorQueue(errorQueue);
        var messages = await GetMessagesAsync(errorQueue, count, requeue: true, cancellationToken);
        return messages?.Select(ToFaultedMessage).ToList();
    }

    /// <summary>
    /// Moves the messages that are in <paramref name="errorQueue"/> now back to the queue they came from,
    /// one at a time with their properties and headers; null when the queue does not exist. Messages that
    /// fault again while this runs land behind the ones counted and are not moved twice.
    /// </summary>
    public async Task<RequeueResult?> RequeueAsync(string errorQueue, CancellationToken cancellationToken = default)
    {
        EnsureErrorQueue(errorQueue);
        var target = SourceOf(errorQueue);
        long? total = null;
        var moved = 0;
        while (total is null || moved < total)
        {
            // One message per round trip: a fetched message is already gone from the queue, so a
            // failed publish must only ever have one message to put back.
            var batch = await GetMessagesAsync(errorQueue, 1, requeue: false, cancellationToken);
            if (batch is null && total is null)
            {
                return null;
            }
            if (batch is not [var message])
            {
                break;
            }
            // message_count comes from the queue itself (the listing's counts lag by seconds): the
            // messages behind this one when the move started are all we move.
            total ??= 1 + (message["message_count"]?.GetValue<long>() ?? 0);
            await MoveAsync(message, target, errorQueue);
            moved++;
        }
        return new RequeueResult(errorQueue, target, moved);
    }

    // The message is already out of the error queue: finish (or undo) the move even if the caller gave up.
    private async Task MoveAsync(JsonObject message, string target, string errorQueue)
    {
        bool routed;
        try
        {
            routed = await PublishAsync(message, target, CancellationToken.None);
        }
        catch
        {
            await PublishAsync(message, errorQueue, CancellationToken.None);
            throw;
        }
        if (!routed)
        {
            await PublishAsync(message, errorQueue, CancellationToken.None);
            // The operator can act on this (the source queue was deleted), so it is a rejection, not a 500.
            throw new DomainRejectionException(
                "requeue-target-missing", $"Queue '{target}' did not accept the message; it was put back in '{errorQueue}'.");
        }
    }

    private async Task<JsonObject[]?> GetMessagesAsync(string queue, int count, bool requeue, CancellationToken cancellationToken)
    {
        var request = new JsonObject
        {
            ["count"] = Math.Clamp(count, 1, 100),
            ["ackmode"] = requeue ? "ack_requeue_true" : "ack_requeue_false",
            ["encoding"] = "auto",
        };
        using var response = await http.PostAsJsonAsync($"api/queues/{vhost}/{Uri.EscapeDataString(queue)}/get", request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        var messages = await response.Content.ReadFromJsonAsync<JsonArray>(cancellationToken) ?? [];
        return [.. messages.OfType<JsonObject>()];
    }

    private async Task<bool> PublishAsync(JsonObject message, string queue, CancellationToken cancellationToken)
    {
        // The default exchange routes by queue name; properties carry message id, content type and headers.
        var publish = new JsonObject
        {
            ["properties"] = message["properties"]?.DeepClone() ?? new JsonObject(),
            ["routing_key"] = queue,
            ["payload"] = message["payload"]?.DeepClone(),
            ["payload_encoding"] = message["payload_encoding"]?.DeepClone() ?? "string",
        };
        using var response = await http.PostAsJsonAsync($"api/exchanges/{vhost}/amq.default/publish", publish, cancellationToken);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return result?["routed"]?.GetValue<bool>() == true;
    }

    private static FaultedMessage ToFaultedMessage(JsonObject message)
    {
        var properties = message["properties"] as JsonObject;
        var headers = properties?["headers"] as JsonObject;
        string? Header(string name) => headers?[name] is JsonValue value ? value.ToString() : null;
        return new FaultedMessage(
            properties?["message_id"]?.ToString(),
            MessageTypesOf(message),
            Header("MT-Fault-Message"),
            Header("MT-Fault-ExceptionType"),
            Header("MT-Fault-Timestamp"),
            Header("MT-Reason"));
    }

    // The types live in the MassTransit envelope; read only them, never hand out the body.
    private static string[] MessageTypesOf(JsonObject message)
    {
        if (message["payload_encoding"]?.ToString() != "string" || message["payload"]?.ToString() is not { } payload)
        {
            return [];
        }
        try
        {
            return JsonNode.Parse(payload)?["messageType"] is JsonArray types
                ? [.. types.Select(t => t?.ToString()).OfType<string>()]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string SourceOf(string errorQueue) => errorQueue[..^ErrorSuffix.Length];

    private static void EnsureErrorQueue(string errorQueue)
    {
        if (!IsErrorQueueName(errorQueue))
        {
            throw new ArgumentException($"'{errorQueue}' is not an error queue name.", nameof(errorQueue));
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9\-_.:]{0,200}_error$")]
    private static partial Regex ErrorQueueName();
}

using System.Text.Json;
using ChildProtection.Fuzzing.Tests.Generation;
using ChildProtection.Fuzzing.Tests.Hosts;
using ChildProtection.Fuzzing.Tests.OpenApi;

namespace ChildProtection.Fuzzing.Tests.Running;

/// <summary>
/// Sends every generated request of every operation and judges each answer: below 500; every 4xx an RFC 9457
/// problem with type, title and status; no 2xx for a write that takes input (a fuzzed write must be refused; a fuzzed
/// read may answer, and so may a trigger such as an operator's "scan now", which has no input to refuse).
/// </summary>
public sealed class Fuzzer(ServiceTarget target, IFuzzHost host)
{
    private const int Concurrency = 4;
    private readonly Dictionary<Persona, HttpClient> _clients = [];

    public async Task<IReadOnlyList<OperationResult>> RunAsync(IReadOnlyList<ApiOperation> operations)
    {
        var results = new List<OperationResult>();
        foreach (var operation in operations)
        {
            results.Add(await RunAsync(operation));
        }
        return results;
    }

    private async Task<OperationResult> RunAsync(ApiOperation operation)
    {
        var requests = RequestGenerator.For(operation);
        var result = new OperationResult(target.Name, operation.Key, target.Personas[0]);
        if (requests.Count == 0) return result;

        // The first request (the probe) finds the caller the endpoint admits, so that validation answers the rest.
        foreach (var persona in target.Personas)
        {
            result.Persona = persona;
            var status = await SendAsync(operation, requests[0], persona, result);
            if (status is not (401 or 403)) break;
        }

        await Parallel.ForEachAsync(requests.Skip(1), new ParallelOptions { MaxDegreeOfParallelism = Concurrency },
            async (request, _) => await SendAsync(operation, request, result.Persona, result));
        return result;
    }

    private async Task<int> SendAsync(ApiOperation operation, FuzzRequest request, Persona persona, OperationResult result)
    {
        HttpClient client;
        lock (_clients)
        {
            if (!_clients.TryGetValue(persona, out client!))
            {
                _clients[persona] = client = host.ClientAs(persona.Department, persona.Role, persona.Region);
            }
        }

        try
        {
            using var message = request.ToMessage();
            using var response = await client.SendAsync(message);
            var status = (int)response.StatusCode;
            result.Record(status, await JudgeAsync(operation, request, response));
            return status;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The in-memory server rethrows what escaped the pipeline: a crash the network would see as a 500.
            result.Record(0, $"{request.Case}: the pipeline threw {e.GetType().Name}: {e.Message[..Math.Min(e.Message.Length, 160)]}");
            return 0;
        }
    }

    private static async Task<string?> JudgeAsync(ApiOperation operation, FuzzRequest request, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500) return $"{request.Case}: {status}";
        if (status is >= 200 and < 300)
        {
            return operation.IsRead || !operation.TakesInput ? null : $"{request.Case}: {status}, a fuzzed write was accepted";
        }
        if (status < 400) return null;

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{request.Case}: {status} without problem details ({response.Content.Headers.ContentType?.MediaType ?? "no content type"})";
        }
        try
        {
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var complete = body.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                && body.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String
                && body.TryGetProperty("status", out var statusProperty) && statusProperty.TryGetInt32(out var problemStatus)
                && problemStatus == status;
            return complete ? null : $"{request.Case}: {status} problem without type, title or matching status";
        }
        catch (JsonException)
        {
            return $"{request.Case}: {status} problem body is not JSON";
        }
    }

}

using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ChildProtection.ServiceDefaults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace ChildProtection.Testing.Authorization;

/// <summary>
/// Proves a running host and its <c>authorization.json</c> agree: every mapped endpoint has an entry and every entry
/// an endpoint; then every endpoint is called as every <see cref="Persona"/> — allowed personas get past
/// authorization (neither 401 nor 403), denied ones get a 403 problem.
/// </summary>
public static class MatrixConformance
{
    /// <summary>The endpoints the host maps, by matrix key.</summary>
    public static IReadOnlyList<(string Key, Endpoint Endpoint)> Endpoints(IServiceProvider services) =>
    [
        .. services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => (Key: MatrixKey.Of(e) ?? $"(no route) {e.DisplayName}", Endpoint: e)),
    ];

    /// <summary>Names each endpoint without an entry (with a draft from its code policies) and each stale entry; empty when complete.</summary>
    public static async Task<string> IncompletenessAsync(IServiceProvider services, ITestOutputHelper output)
    {
        var matrix = services.GetRequiredService<AuthorizationMatrix>();
        var endpoints = Endpoints(services);
        var missing = endpoints.Where(e => matrix.Find(e.Key) is null).ToList();
        var stale = matrix.Entries.Keys.Except(endpoints.Select(e => e.Key), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var message = new StringBuilder();
        if (missing.Count > 0)
        {
            var draft = await MatrixDraft.RenderAsync(missing, services);
            var draftPath = Path.Combine(Path.GetTempPath(), $"authorization.draft.{Path.GetFileName(Path.GetDirectoryName(matrix.Source))}.json");
            await File.WriteAllTextAsync(draftPath, draft);
            message.AppendLine(CultureInfo.InvariantCulture, $"{matrix.Source} has no entry for {missing.Count} endpoint(s); a draft from their code policies is in {draftPath}:");
            message.AppendLine(draft);
        }
        if (stale.Count > 0)
        {
            message.AppendLine(CultureInfo.InvariantCulture, $"{matrix.Source} lists {stale.Count} endpoint(s) the host does not map: {string.Join("; ", stale)}");
        }
        var operatorReaches = OperatorDataEntries(matrix);
        if (operatorReaches.Count > 0)
        {
            message.AppendLine(CultureInfo.InvariantCulture,
                $"{matrix.Source} lets operators (platform/operator, all regions) reach children's data: {string.Join("; ", operatorReaches)}");
        }
        output.WriteLine($"{matrix.Source}: {endpoints.Count} endpoints, {matrix.Entries.Count} entries.");
        return message.ToString();
    }

    /// <summary>
    /// The entries an operator gets through that are not operations: operators run the platform (queues, projections, scans,
    /// the API documents, the gateway's proxy) and never read or change children's data.
    /// </summary>
    public static IReadOnlyList<string> OperatorDataEntries(AuthorizationMatrix matrix)
    {
        var @operator = new Caller("operator", "platform", "operator", "*");
        return [.. matrix.Entries.Where(e => !e.Value.Anonymous && e.Value.Allows(@operator) && !IsOperations(e.Key))
            .Select(e => e.Key).Order(StringComparer.Ordinal)];
    }

    private static bool IsOperations(string key) =>
        key == "proxy" || key.Contains(" /ops/", StringComparison.Ordinal) || key.Contains("/operations/", StringComparison.Ordinal)
        || key.EndsWith("/openapi/{documentName}.json", StringComparison.Ordinal);

    /// <summary>
    /// Calls every endpoint as every persona of <paramref name="region"/> (operators: all regions) with fresh GUIDs and
    /// <c>{}</c> bodies, and returns each answer that disagrees with the matrix (allowed but 401/403, or denied but not
    /// a 403 problem).
    /// </summary>
    public static async Task<IReadOnlyList<string>> DisagreementsAsync(IServiceProvider services, Func<string, string, string, HttpClient> clientAs,
        string region, ITestOutputHelper output, IReadOnlyList<Persona>? personas = null)
    {
        personas ??= Persona.All;
        var matrix = services.GetRequiredService<AuthorizationMatrix>();
        var endpoints = Endpoints(services).Where(e => matrix.Find(e.Key) is { Anonymous: false }).ToList();
        var clients = personas.ToDictionary(p => p, p => clientAs(p.Department, p.Role, p.RegionIn(region)));
        var failures = new ConcurrentBag<string>();
        var allowedCount = 0;
        var serverErrors = new ConcurrentBag<string>();
        using var gate = new SemaphoreSlim(8);

        var calls = endpoints.SelectMany(e => personas.Select(p => (e.Key, e.Endpoint, Persona: p))).Select(async call =>
        {
            var caller = new Caller("matrix-test", call.Persona.Department, call.Persona.Role, call.Persona.RegionIn(region));
            var allowed = matrix.Find(call.Key)!.Allows(caller);
            if (allowed) Interlocked.Increment(ref allowedCount);
            await gate.WaitAsync();
            try
            {
                using var request = Request(call.Key, (RouteEndpoint)call.Endpoint, region);
                using var response = await clients[call.Persona].SendAsync(request);
                var verdict = await CheckAsync(response, allowed, call.Key);
                if (verdict is not null) failures.Add($"{call.Key} as {call.Persona}: {verdict}");
                if ((int)response.StatusCode >= 500) serverErrors.Add($"{call.Key} as {call.Persona}: {(int)response.StatusCode}");
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(calls);

        output.WriteLine($"Authorization matrix {matrix.Source}: {endpoints.Count} endpoints × {personas.Count} personas = {endpoints.Count * personas.Count} calls, {allowedCount} allowed, {endpoints.Count * personas.Count - allowedCount} denied.");
        foreach (var error in serverErrors.Order(StringComparer.Ordinal)) output.WriteLine($"5xx (not an authorization failure, noted): {error}");
        return [.. failures.Order(StringComparer.Ordinal)];
    }

    private static async Task<string?> CheckAsync(HttpResponseMessage response, bool allowed, string key)
    {
        var status = (int)response.StatusCode;
        if (key.StartsWith("grpc ", StringComparison.Ordinal))
        {
            var grpcStatus = GrpcStatus(response);
            if (allowed) return status is 401 or 403 || grpcStatus is "7" or "16" ? $"allowed but got HTTP {status}, grpc-status {grpcStatus}" : null;
            return grpcStatus == "7" ? null : $"denied but got HTTP {status}, grpc-status {grpcStatus}";
        }
        if (allowed) return status is 401 or 403 ? $"allowed but got {status}: {await response.Content.ReadAsStringAsync()}" : null;
        if (status != 403) return $"denied but got {status}";
        return response.Content.Headers.ContentType?.MediaType == "application/problem+json" ? null : "denied with 403 but not a problem body";
    }

    private static string? GrpcStatus(HttpResponseMessage response) =>
        response.TrailingHeaders.TryGetValues("grpc-status", out var trailer) ? trailer.FirstOrDefault()
        : response.Headers.TryGetValues("grpc-status", out var header) ? header.FirstOrDefault()
        : null;

    private static HttpRequestMessage Request(string key, RouteEndpoint endpoint, string region)
    {
        var path = Fill(endpoint.RoutePattern, region);
        if (key.StartsWith("grpc ", StringComparison.Ordinal))
        {
            // One empty protobuf message: not compressed, length 0.
            var content = new ByteArrayContent(new byte[5]);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
            return new HttpRequestMessage(HttpMethod.Post, path) { Content = content, Version = HttpVersion.Version20 };
        }
        // "GET /x", "GET,HEAD /x", "ANY /x" or a plain name ("proxy"): the first method, GET for any.
        var space = key.IndexOf(' ');
        var method = space > 0 && key[..space] is var m && m != "ANY" ? m.Split(',')[0] : "GET";
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }
        return request;
    }

    /// <summary>The path with every route parameter filled: GUIDs for ids, today for dates, the region for codes.</summary>
    public static string Fill(RoutePattern pattern, string region)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => Value(parameter, region),
                    _ => "",
                });
            }
        }
        return path.Length == 0 ? "/" : path.ToString();
    }

    private static string Value(RoutePatternParameterPart parameter, string region)
    {
        var name = parameter.Name.ToLowerInvariant();
        if (parameter.ParameterPolicies.Any(p => p.Content is "guid") || name.EndsWith("id", StringComparison.Ordinal)) return Guid.NewGuid().ToString();
        if (name.Contains("date", StringComparison.Ordinal) || name == "asof") return DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (name.Contains("code", StringComparison.Ordinal) || name.Contains("region", StringComparison.Ordinal) || name == "county") return region;
        return "x";
    }
}

using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// The key under which the matrix lists an endpoint: <c>GET /api/police/cases/{id:guid}</c> (the HTTP method and
/// the route pattern exactly as mapped), <c>grpc /registry.v1.ChildDirectory/Find</c> for gRPC methods, or the
/// name an endpoint carries in <see cref="AuthorizationMatrixKeyMetadata"/>.
/// </summary>
public static partial class MatrixKey
{
    // The endpoints routing makes up to answer 405 and 415 when a route matches but its method or content type does not;
    // they carry no data and are not in the endpoint data source, so the matrix cannot list them.
    private static readonly HashSet<string> RoutingAnswers = new(StringComparer.Ordinal)
    {
        "405 HTTP Method Not Supported",
        "415 HTTP Unsupported Media Type",
    };

    /// <summary>True for the 405/415 endpoints routing makes up; they answer an error and need no entry.</summary>
    public static bool IsRoutingAnswer(Endpoint endpoint) => endpoint.DisplayName is { } name && RoutingAnswers.Contains(name);

    private const string GrpcDisplayPrefix = "gRPC ";

    /// <summary>The key of <paramref name="endpoint"/>, or null when it has no route pattern to name it by.</summary>
    public static string? Of(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<AuthorizationMatrixKeyMetadata>() is { } named)
        {
            return named.Key;
        }
        if (endpoint is not RouteEndpoint route)
        {
            return null;
        }
        var pattern = route.RoutePattern.RawText ?? "";
        if (!pattern.StartsWith('/'))
        {
            pattern = "/" + pattern;
        }
        if (endpoint.DisplayName?.StartsWith(GrpcDisplayPrefix, StringComparison.Ordinal) == true)
        {
            return "grpc " + pattern;
        }
        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
        var method = methods is { Count: > 0 } ? string.Join(',', methods.Order(StringComparer.Ordinal)) : "ANY";
        return $"{method} {pattern}";
    }

    /// <summary>True when <paramref name="key"/> has the shape of a key: <c>METHOD /pattern</c>, <c>grpc /pattern</c> or a plain name.</summary>
    public static bool IsWellFormed(string key) => Shape().IsMatch(key);

    [GeneratedRegex(@"^(([A-Z]+(,[A-Z]+)*|grpc) /\S*|[a-z][a-z0-9-]*)$")]
    private static partial Regex Shape();
}

/// <summary>
/// Names an endpoint in the matrix by a fixed key instead of its route, for endpoints whose routes come from
/// configuration (the gateway's proxy routes): <c>.WithMetadata(new AuthorizationMatrixKeyMetadata("proxy"))</c>.
/// </summary>
public sealed record AuthorizationMatrixKeyMetadata(string Key);

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// Every process describes its HTTP API as an OpenAPI 3.1 document under its own gateway prefix, so a
/// newcomer fetches <c>/api/{service}/openapi/v1.json</c> through the gateway like any other request.
/// </summary>
public static class OpenApiExtensions
{
    /// <summary>The document name, the <c>v1</c> of the path.</summary>
    public const string DocumentName = "v1";

    /// <summary>The path a service's document is served on.</summary>
    public static string DocumentPath(string service) => $"/api/{service}/openapi/{DocumentName}.json";

    /// <summary>Registers the document with the bearer scheme and problem-details responses on every operation.</summary>
    public static IServiceCollection AddPlatformOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer<PlatformDocumentTransformer>();
            options.AddOperationTransformer<PlatformOperationTransformer>();
        });

    /// <summary>
    /// Serves the document at <see cref="DocumentPath"/>. It holds no data, only the shape of the API, but
    /// like every route behind the gateway it needs a valid caller: the surface is not advertised to strangers.
    /// </summary>
    public static IEndpointConventionBuilder MapOpenApiDocument(this IEndpointRouteBuilder endpoints, string service) =>
        endpoints.MapOpenApi($"/api/{service}/openapi/{{documentName}}.json")
            .RequireCaller()
            // An unknown name is a problem like any other 404, and the name asked for is not echoed back.
            .AddEndpointFilter(async (context, next) =>
                context.HttpContext.Request.RouteValues["documentName"] as string == DocumentName
                    ? await next(context)
                    : Problems.NotFound($"The API document is {DocumentPath(service)}."));
}

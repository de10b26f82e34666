using Microsoft.AspNetCore.Builder;
using Microsoft.OpenApi;

namespace ChildProtection.ServiceDefaults;

/// <summary>Documents a body an endpoint reads itself, which the document generator cannot see.</summary>
public static class CsvBodyExtensions
{
    /// <summary>
    /// Describes a required <c>text/csv</c> body. Only the document changes: <c>Accepts</c> would also make routing
    /// answer a wrong content type before the endpoint's own 415 problem does.
    /// </summary>
    public static TBuilder DescribeCsvBody<TBuilder>(this TBuilder builder, string description) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            };
            return Task.CompletedTask;
        });
}

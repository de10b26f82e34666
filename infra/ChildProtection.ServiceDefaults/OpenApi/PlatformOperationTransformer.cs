using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// Every operation answers its failures as problem details, and all but the anonymous ones need a bearer token:
/// says so per operation, so generated clients and the fuzzing test know what to expect.
/// </summary>
internal sealed class PlatformOperationTransformer : IOpenApiOperationTransformer
{
    private static readonly (string Status, string Description)[] Failures =
    [
        ("400", "The request is malformed or invalid."),
        ("401", "No valid token."),
        ("403", "The caller's department, role or region does not allow this."),
        ("404", "No such resource, or not visible to the caller."),
        ("409", "Conflict: a stale If-Match, a domain rejection or a duplicate."),
        ("413", "The body is too large."),
        ("415", "The content type is not supported."),
        ("500", "Our fault; quote the correlation id."),
    ];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var document = context.Document;

        if (!anonymous && document is not null)
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(PlatformDocumentTransformer.BearerScheme, document)] = [],
            });
        }

        operation.Responses ??= [];
        foreach (var (status, description) in Failures)
        {
            if (anonymous && status is "401" or "403") continue;
            if (status is "413" or "415" && operation.RequestBody is null) continue;
            if (operation.Responses.ContainsKey(status)) continue;
            operation.Responses[status] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new()
                    {
                        Schema = document is null ? null : new OpenApiSchemaReference(PlatformDocumentTransformer.ProblemSchema, document),
                    },
                },
            };
        }
        return Task.CompletedTask;
    }
}

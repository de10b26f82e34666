using ChildProtection.Registry.Children.Categories;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Registry.Operations;

/// <summary>Operator commands of the registry.</summary>
public static class RegistryOperations
{
    public static IEndpointRouteBuilder MapRegistryOperations(this IEndpointRouteBuilder app)
    {
        // Runs the daily category review now (after a clock or policy-pack change, or to check it).
        app.MapPost("/api/registry/operations/category-review", async Task<IResult> (CategoryReview review, CancellationToken ct) =>
            await review.RunAsync(ct) is { } changed
                ? TypedResults.Ok(new { changed })
                : Problems.Conflict("Another instance is running the category review; try again shortly."))
            .RequireCaller(roles: [Roles.Operator]).WithName("RunCategoryReview");
        return app;
    }
}

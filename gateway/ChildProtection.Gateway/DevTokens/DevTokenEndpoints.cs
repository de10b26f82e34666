using ChildProtection.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ChildProtection.Gateway.DevTokens;

/// <summary>
/// <c>POST /api/dev/token</c>: the local development issuer. Mapped only when <c>Auth:Mode</c> is
/// Development, <c>Auth:DevTokens:Enabled</c> is true and the host runs in the Development environment —
/// otherwise the route does not exist (404), so a misconfigured production gateway cannot mint tokens.
/// </summary>
public static class DevTokenEndpoints
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = "/api/dev/token";

    /// <summary>Registers the issuer.</summary>
    public static WebApplicationBuilder AddDevTokens(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DevTokenIssuer>();
        return builder;
    }

    /// <summary>True when all three switches allow development tokens.</summary>
    public static bool IsEnabled(IServiceProvider services)
    {
        var auth = services.GetRequiredService<IOptions<PlatformAuthOptions>>().Value;
        return services.GetRequiredService<IHostEnvironment>().IsDevelopment()
            && auth.Mode == PlatformAuthMode.Development
            && auth.DevTokens.Enabled;
    }

    /// <summary>Maps the endpoint when <see cref="IsEnabled"/>; otherwise maps nothing.</summary>
    public static WebApplication MapDevTokens(this WebApplication app)
    {
        if (IsEnabled(app.Services))
        {
            app.MapPost(Path, Issue).AllowAnonymous();
        }
        return app;
    }

    private static Results<Ok<DevTokenResponse>, ValidationProblem> Issue(DevTokenRequest? request, DevTokenIssuer issuer)
    {
        if (request is null)
        {
            return Problems.Validation("body", "A JSON body with user, department, role and region is required.");
        }
        var errors = request.Validate();
        return errors.Count > 0 ? Problems.Validation(errors) : TypedResults.Ok(issuer.Issue(request));
    }
}

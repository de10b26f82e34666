using System.Text.Json;
using System.Text.Json.Serialization;
using ChildProtection.ServiceDefaults.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// What every process of the platform gets: telemetry, health probes, problem details, JWT
/// authentication with caller policies, and correlation ids. PostgreSQL and messaging are opt-in
/// (<see cref="PostgresExtensions.AddPostgres{TBuilder}"/>, <see cref="MessagingExtensions.AddMessaging{TBuilder}"/>).
/// </summary>
public static class ServiceDefaultsExtensions
{
    private const string PipelineKey = "ChildProtection.ServiceDefaults.Pipeline";

    /// <summary>Registers the platform defaults. Reads <c>Auth:*</c>, <c>OTEL_*</c>.</summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddPlatformTelemetry();
        builder.Services.AddDefaultHealthChecks();
        builder.Services.AddPlatformProblemDetails();
        builder.Services.AddCorrelationId();
        builder.AddPlatformAuthentication();
        builder.Services.AddAuthorizationMatrix();
        builder.Services.AddPlatformOpenApi();
        // Enums travel as the same kebab-case codes the event store uses: "working-away", not 1 or "WorkingAway".
        // The stated purpose may arrive as raw UTF-8 (browsers, curl): read it as UTF-8, not Latin-1; AccessPurpose validates it.
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
        {
            kestrel.RequestHeaderEncodingSelector = name => string.Equals(name, AccessPurpose.Header, StringComparison.OrdinalIgnoreCase)
                ? System.Text.Encoding.UTF8 : null;
            // No "Server: Kestrel" banner on any answer.
            kestrel.AddServerHeader = false;
        });
        builder.Services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)));
        return builder;
    }

    /// <summary>
    /// Adds the platform middleware, outermost first: correlation id, exception handler, status-code
    /// problem details, gRPC status translation, the audit log (services with PostgreSQL), authentication,
    /// <paramref name="afterAuthentication"/> (e.g. rate limiting by user), authorization, then the service's
    /// <see cref="AuthorizationMatrix"/>. Called by <see cref="MapDefaultEndpoints"/> when not
    /// called before; call it yourself first if you add middleware of your own. Idempotent.
    /// </summary>
    public static WebApplication UseServiceDefaults(this WebApplication app, Action<IApplicationBuilder>? afterAuthentication = null)
    {
        if (!((IApplicationBuilder)app).Properties.TryAdd(PipelineKey, true))
        {
            return app;
        }

        app.UseMiddleware<Http.ResponseHeadersMiddleware>();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseUnavailableRetryAfter();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<GrpcStatusTranslationMiddleware>();
        app.UseAuditLog();
        app.UseMiddleware<AccessPurposeMiddleware>();
        app.UseAuthentication();
        afterAuthentication?.Invoke(app);
        app.UseAuthorization();
        app.UseAuthorizationMatrix();
        return app;
    }

    /// <summary>Ensures the platform middleware (<see cref="UseServiceDefaults"/>) and maps <c>/health/live</c> and <c>/health/ready</c>.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseServiceDefaults();
        app.MapHealthEndpoints();
        return app;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ChildProtection.ServiceDefaults;

/// <summary>Registration and middleware of the <see cref="AuthorizationMatrix"/>.</summary>
public static class AuthorizationMatrixExtensions
{
    /// <summary>The setting naming the matrix file; relative paths start at the content root.</summary>
    public const string PathSetting = "Authorization:MatrixPath";

    /// <summary>The matrix file's default name, next to the service.</summary>
    public const string DefaultFileName = "authorization.json";

    /// <summary>Registers the matrix, read from <c>Authorization:MatrixPath</c> (default <c>authorization.json</c> in the content root).</summary>
    public static IServiceCollection AddAuthorizationMatrix(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => AuthorizationMatrixReader.Read(PathOf(
            provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>())));
        return services;
    }

    /// <summary>The matrix file this host reads.</summary>
    public static string PathOf(IConfiguration configuration, IHostEnvironment environment) =>
        Path.Combine(environment.ContentRootPath, configuration[PathSetting] is { Length: > 0 } path ? path : DefaultFileName);

    /// <summary>
    /// Reads the matrix now, so a missing or invalid file stops the host at startup, and enforces it on every
    /// endpoint. Goes after <c>UseAuthorization</c>.
    /// </summary>
    public static IApplicationBuilder UseAuthorizationMatrix(this IApplicationBuilder app)
    {
        _ = app.ApplicationServices.GetRequiredService<AuthorizationMatrix>();
        return app.UseMiddleware<AuthorizationMatrixMiddleware>();
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace ChildProtection.ServiceDefaults.Audit;

/// <summary>Wires the audit log into a service that has PostgreSQL (the gateway has none and records nothing itself).</summary>
public static class AuditExtensions
{
    internal static void AddAuditLog(this IServiceCollection services)
    {
        services.TryAddSingleton<AuditWriter>();
        services.TryAddSingleton<AuditLog>();
    }

    internal static void UseAuditLog(this WebApplication app)
    {
        if (app.Services.GetService<IServiceProviderIsService>()?.IsService(typeof(NpgsqlDataSource)) == true)
        {
            app.UseMiddleware<AuditMiddleware>();
        }
    }
}

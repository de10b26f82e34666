using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.ServiceDefaults;

/// <summary>Registration of the correlation-id plumbing.</summary>
public static class CorrelationExtensions
{
    /// <summary>Adds the outgoing-call handler to every HttpClient made by the factory.</summary>
    public static IServiceCollection AddCorrelationId(this IServiceCollection services)
    {
        services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new CorrelationIdHandler()));
        return services;
    }
}

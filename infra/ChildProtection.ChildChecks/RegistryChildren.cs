using ChildProtection.Contracts.Registry.V1;
using ChildProtection.Grpc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.ChildChecks;

/// <summary>
/// Checks that a child id a caller types is a child of the registry, visible to the same caller: a call to the
/// registry's <c>ChildDirectory.GetChild</c> over gRPC with the caller's own token. Without
/// <c>Services:registry:Grpc</c> (a service test with no registry) nothing is checked.
/// </summary>
public sealed class RegistryChildren(IHttpClientFactory clients, IConfiguration configuration)
{
    public const string ClientName = "registry-grpc";

    public bool Enabled => !string.IsNullOrWhiteSpace(configuration["Services:registry:Grpc"]);

    /// <returns>True when the registry knows the child in the caller's region, false when it does not, null when no registry is configured.</returns>
    public async Task<bool?> ExistsAsync(Guid childId, CancellationToken ct)
    {
        if (!Enabled) return null;
        var channel = new GrpcChannel(clients.CreateClient(ClientName));
        try
        {
            await channel.UnaryAsync<GetChildRequest, ChildSummary>("/registry.v1.ChildDirectory/GetChild",
                new GetChildRequest { ChildId = childId.ToString() }, new CallOptions(TimeSpan.FromSeconds(5), CancellationToken: ct));
            return true;
        }
        catch (GrpcStatusException e) when (e.Status is StatusCode.NotFound or StatusCode.InvalidArgument)
        {
            return false;
        }
        catch (GrpcStatusException e) when (e.Status is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            // The registry is down: 503 with Retry-After (a transient fault), not a guess about the child.
            throw new HttpRequestException("The registry's child directory is unavailable.", e);
        }
    }
}

public static class RegistryChildrenExtensions
{
    public static IServiceCollection AddRegistryChildren(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddTransient<ForwardBearerTokenHandler>();
        services.AddHttpClient(RegistryChildren.ClientName, http =>
        {
            if (configuration["Services:registry:Grpc"] is { Length: > 0 } url) http.BaseAddress = new Uri(url);
        }).AddHttpMessageHandler<ForwardBearerTokenHandler>();
        services.AddSingleton<RegistryChildren>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Grpc;

public static class GrpcServiceCollectionExtensions
{
    /// <summary>Registers the gRPC protocol's options (message size limits).</summary>
    public static IServiceCollection AddGrpcProtocol(this IServiceCollection services, Action<GrpcOptions>? configure = null)
    {
        services.AddOptions<GrpcOptions>().Configure(o => configure?.Invoke(o));
        return services;
    }
}

using ChildProtection.Contracts.Registry.V1;
using ChildProtection.Grpc;

namespace ChildProtection.Police.Children;

/// <summary>What the registry says about a child id a case names.</summary>
public enum ChildCheck
{
    /// <summary>A registered child the caller may see.</summary>
    Known,
    /// <summary>No such child, or one outside the caller's region.</summary>
    Unknown,
    /// <summary>The registry could not be asked now.</summary>
    Unavailable,
}

/// <summary>Asks the registry whether a child id is a registered child (a case's child must be real: its file gets the case's entries).</summary>
public interface IChildDirectory
{
    Task<ChildCheck> CheckAsync(Guid childId, CancellationToken ct);
}

/// <summary>
/// The registry's <c>registry.v1.ChildDirectory/GetChild</c> over gRPC (<c>Services:registry:Grpc</c>), with the caller's own
/// token forwarded, so the registry answers NOT_FOUND for a child outside the officer's region.
/// </summary>
public sealed class RegistryChildDirectory(HttpClient http, ILogger<RegistryChildDirectory> log) : IChildDirectory
{
    public async Task<ChildCheck> CheckAsync(Guid childId, CancellationToken ct)
    {
        try
        {
            await new GrpcChannel(http).UnaryAsync<GetChildRequest, ChildSummary>("/registry.v1.ChildDirectory/GetChild",
                new GetChildRequest { ChildId = childId.ToString() }, new CallOptions(TimeSpan.FromSeconds(5), CancellationToken: ct));
            return ChildCheck.Known;
        }
        catch (GrpcStatusException e) when (e.Status is StatusCode.NotFound or StatusCode.InvalidArgument)
        {
            return ChildCheck.Unknown;
        }
        catch (Exception e) when (e is GrpcStatusException or HttpRequestException or InvalidOperationException)
        {
            log.LogWarning("The registry's child directory did not answer: {Error}", e.Message);
            return ChildCheck.Unavailable;
        }
    }
}

public static class ChildDirectoryExtensions
{
    public static IServiceCollection AddChildDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddTransient<ForwardBearerTokenHandler>();
        services.AddHttpClient<IChildDirectory, RegistryChildDirectory>(client =>
            {
                if (configuration["Services:registry:Grpc"] is { Length: > 0 } address) client.BaseAddress = new Uri(address);
            })
            .AddHttpMessageHandler<ForwardBearerTokenHandler>();
        return services;
    }

    /// <summary>400 for an unknown child, 503 when the registry cannot say; null when the child is known.</summary>
    public static async Task<IResult?> VerifyAsync(this IChildDirectory directory, Guid childId, string field, CancellationToken ct) =>
        await directory.CheckAsync(childId, ct) switch
        {
            ChildCheck.Known => null,
            ChildCheck.Unknown => ServiceDefaults.Problems.Validation(field, "No registered child with this id in your jurisdiction."),
            _ => TypedResults.Problem("The registry could not confirm the child; retry shortly.", statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "A dependency is unavailable.", type: ServiceDefaults.ProblemTypes.Unavailable),
        };
}

using System.Globalization;
using ChildProtection.Contracts.Registry.V1;
using ChildProtection.Grpc;

namespace ChildProtection.Reporting.Directory;

/// <summary>
/// The directory over gRPC (<c>Services:registry:Grpc</c>), forwarding the caller's bearer token so Registry applies the
/// caller's own region. The ID number travels only in the request to Registry, which neither stores nor logs it.
/// </summary>
public sealed class GrpcChildDirectory(HttpClient http) : IChildDirectory
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);
    private readonly GrpcChannel _channel = new(http);

    public async Task<DirectoryChild?> GetChildAsync(Guid childId, CancellationToken ct)
    {
        try
        {
            var child = await _channel.UnaryAsync<GetChildRequest, ChildSummary>("/registry.v1.ChildDirectory/GetChild",
                new GetChildRequest { ChildId = childId.ToString() }, new CallOptions(Deadline, CancellationToken: ct));
            return new DirectoryChild(Guid.Parse(child.ChildId), child.RegionCode);
        }
        catch (GrpcStatusException e) when (e.Status == StatusCode.NotFound)
        {
            return null;
        }
        catch (GrpcStatusException e) when (e.Status == StatusCode.InvalidArgument)
        {
            throw new DirectoryRejectedException(e.Detail);
        }
        catch (GrpcStatusException e)
        {
            throw new DirectoryUnavailableException($"Registry answered {e.Status}.");
        }
    }

    public async Task<IReadOnlyList<DirectoryCandidate>> LookupAsync(ChildQuery query, CancellationToken ct)
    {
        var request = new LookupRequest();
        if (query.IdNumber is { } number) request.IdNumber = number;
        else request.NameAndBirth = new NameAndBirth
        {
            Name = query.Name,
            BirthDate = query.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            RegionPrefix = query.RegionPrefix,
        };
        try
        {
            var reply = await _channel.UnaryAsync<LookupRequest, LookupReply>("/registry.v1.ChildDirectory/Lookup", request,
                new CallOptions(Deadline, CancellationToken: ct));
            return [.. reply.Candidates.Select(c => new DirectoryCandidate(Guid.Parse(c.ChildId), c.RegionCode, c.Score)).OrderByDescending(c => c.Score)];
        }
        catch (GrpcStatusException e) when (e.Status == StatusCode.InvalidArgument)
        {
            throw new DirectoryRejectedException(e.Detail);
        }
        catch (GrpcStatusException e)
        {
            throw new DirectoryUnavailableException($"Registry answered {e.Status}.");
        }
    }
}

using System.Collections.Concurrent;
using ChildProtection.Police.Children;

namespace ChildProtection.Police.Tests;

/// <summary>
/// The registry's child directory as the police tests need it: the children "registered" by the test. The real gRPC
/// directory is exercised end to end through the gateway (PoliceThroughGatewayTests).
/// </summary>
public sealed class FakeChildDirectory : IChildDirectory
{
    private readonly ConcurrentDictionary<Guid, bool> _known = new();

    public Guid Register()
    {
        var id = Guid.NewGuid();
        _known[id] = true;
        return id;
    }

    public Task<ChildCheck> CheckAsync(Guid childId, CancellationToken ct) =>
        Task.FromResult(_known.ContainsKey(childId) ? ChildCheck.Known : ChildCheck.Unknown);
}

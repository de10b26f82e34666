namespace ChildProtection.Gateway.Tests.Support;

/// <summary>One fake registry and one gateway in front of it (1 KiB body limit), shared by a test class.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public const int MaxBodyBytes = 1024;

    public FakeBackend Backend { get; private set; } = null!;

    public GatewayHost Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Backend = await FakeBackend.StartAsync();
        Gateway = GatewayHost.Start(Backend, new Dictionary<string, string?>
        {
            ["Gateway:MaxRequestBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Backend.DisposeAsync();
    }
}

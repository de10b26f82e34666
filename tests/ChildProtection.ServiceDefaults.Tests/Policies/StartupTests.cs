using ChildProtection.Jurisdictions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static ChildProtection.ServiceDefaults.Tests.Jurisdictions.PackDirectory;

namespace ChildProtection.ServiceDefaults.Tests.Jurisdictions;

public sealed class StartupTests : IDisposable
{
    private readonly PackDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static IHost Build(string? directory)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [PolicyPacks.DirectoryKey] = directory });
        builder.Services.AddPolicyPacks(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public async Task A_bad_override_pack_stops_the_host_at_start_naming_file_and_field()
    {
        _dir.With("21-liaoning.json", Pack("liaoning", "21", """ "visits": { "source": "s", "homeVisitIntervalMonths": -1 } """));
        using var host = Build(_dir.Path);

        var error = await Assert.ThrowsAsync<PolicyPackException>(() => host.StartAsync());

        Assert.Contains("21-liaoning.json", error.Message);
        Assert.Contains("field 'visits.homeVisitIntervalMonths'", error.Message);
    }

    [Fact]
    public async Task A_host_with_good_packs_starts_and_resolves()
    {
        using var host = Build(null);
        await host.StartAsync();

        Assert.Equal(1, host.Services.GetRequiredService<PolicyPacks>().Resolve("210521100200").Visits.HomeVisitIntervalMonths);
        await host.StopAsync();
    }

    [Fact]
    public void Registering_twice_keeps_one_instance_and_one_startup_check()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        services.AddPolicyPacks(configuration).AddPolicyPacks(configuration);

        Assert.Single(services, d => d.ServiceType == typeof(PolicyPacks));
        Assert.Single(services, d => d.ServiceType == typeof(IHostedService));
    }
}

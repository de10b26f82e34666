using System.Net;
using ChildProtection.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace ChildProtection.Deployment.Tests;

/// <summary>The paths the probes and health checks use are the ones ServiceDefaults maps.</summary>
public sealed class HealthProbeTests
{
    [Theory]
    [InlineData(KubernetesChecks.ReadyPath)]
    [InlineData(KubernetesChecks.LivePath)]
    public async Task The_probed_path_answers_on_the_health_endpoints_of_every_process(string path)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddDefaultHealthChecks();
        await using var app = builder.Build();
        app.MapHealthEndpoints();
        await app.StartAsync();

        using var response = await app.GetTestClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var missing = await app.GetTestClient().GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}

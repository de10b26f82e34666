using ChildProtection.Testing;
using Microsoft.AspNetCore.Hosting;

namespace ChildProtection.Registry.Tests;

/// <summary>The real Registry service on its own fresh database and its own RabbitMQ virtual host.</summary>
public sealed class RegistryFactory() : ServiceFactory<Program>("registry_tests", "registry")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Privacy:EncryptionKey", TestPrivacyKeys.EncryptionKey);
        builder.UseSetting("Privacy:BlindIndexKey", TestPrivacyKeys.BlindIndexKey);
    }

    public HttpClient Caseworker(string region = "120116") => ClientAs("civil-affairs", "caseworker", region);
}

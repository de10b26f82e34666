using ChildProtection.Procuratorate.Deadlines;
using ChildProtection.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Procuratorate.Tests;

/// <summary>The real Procuratorate service on its own fresh database and its own RabbitMQ virtual host.</summary>
public sealed class ProcuratorateFactory() : ServiceFactory<Program>("procuratorate_tests", "proc")
{
    public HttpClient Prosecutor(string region = "120116") => ClientAs("procuratorate", "prosecutor", region);

    /// <summary>Runs the deadline scan now (waiting while the background scan holds the lock); returns how many deadlines passed.</summary>
    public async Task<int> ScanDeadlinesAsync()
    {
        var scanner = Services.GetRequiredService<DeadlineScanner>();
        for (var i = 0; i < 50; i++)
        {
            if (await scanner.RunAsync(CancellationToken.None) is { } emitted) return emitted;
            await Task.Delay(100);
        }
        throw new TimeoutException("The deadline scanner stayed locked.");
    }
}

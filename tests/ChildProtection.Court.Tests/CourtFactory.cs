using ChildProtection.Court.Deadlines;
using ChildProtection.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Court.Tests;

/// <summary>The real Court service on its own fresh database and its own RabbitMQ virtual host.</summary>
public sealed class CourtFactory() : ServiceFactory<Program>("court_tests", "court")
{
    public HttpClient Judge(string region = "120116") => ClientAs("court", "judge", region);

    public HttpClient Clerk(string region = "120116") => ClientAs("court", "court-clerk", region);

    public HttpClient CivilAffairs(string region = "120116") => ClientAs("civil-affairs", "caseworker", region);

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

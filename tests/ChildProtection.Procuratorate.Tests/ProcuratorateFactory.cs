using System.Text.Json;
using ChildProtection.Testing;

namespace ChildProtection.Procuratorate.Tests;

/// <summary>The real Procuratorate service on its own fresh database and its own RabbitMQ virtual host.</summary>
public sealed class ProcuratorateFactory() : ServiceFactory<Program>("procuratorate_tests", "proc")
{
    public HttpClient Prosecutor(string region = "120116") => ClientAs("procuratorate", "prosecutor", region);

    /// <summary>
    /// Runs the deadline scan now as an operator would (<c>POST /api/procuratorate/operations/deadline-scan</c>), waiting
    /// while the background scan holds the lock; returns how many deadlines passed.
    /// </summary>
    public async Task<int> ScanDeadlinesAsync()
    {
        var operatorClient = Operator();
        for (var i = 0; i < 50; i++)
        {
            var response = await operatorClient.PostAsync("/api/procuratorate/operations/deadline-scan", null);
            response.EnsureSuccessStatusCode();
            var overdue = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("overdue");
            if (overdue.ValueKind == JsonValueKind.Number) return overdue.GetInt32();
            await Task.Delay(100);
        }
        throw new TimeoutException("The deadline scanner stayed locked.");
    }
}

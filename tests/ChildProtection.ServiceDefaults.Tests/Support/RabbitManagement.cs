using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ChildProtection.ServiceDefaults.Tests.Support;

/// <summary>Direct calls to the RabbitMQ management API, to inspect and clean up what a test created.</summary>
internal sealed class RabbitManagement : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = new Uri(LocalServers.RabbitManagementUrl.TrimEnd('/') + "/") };

    public RabbitManagement() =>
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("guest:guest")));

    public async Task<JsonElement?> QueueAsync(string name)
    {
        var response = await http.GetAsync($"api/queues/%2F/{Uri.EscapeDataString(name)}");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
    }

    /// <summary>Declares a classic durable queue and puts one message with a fault header in it.</summary>
    public async Task SeedAsync(string queue, string payload)
    {
        (await http.PutAsJsonAsync($"api/queues/%2F/{Uri.EscapeDataString(queue)}", new { durable = true })).EnsureSuccessStatusCode();
        var publish = await http.PostAsJsonAsync("api/exchanges/%2F/amq.default/publish", new
        {
            properties = new { message_id = "seeded-1", headers = new Dictionary<string, string> { ["MT-Fault-Message"] = "seeded fault" } },
            routing_key = queue,
            payload,
            payload_encoding = "string",
        });
        publish.EnsureSuccessStatusCode();
    }

    public async Task DeleteAsync(params string[] queues)
    {
        foreach (var name in queues)
        {
            (await http.DeleteAsync($"api/queues/%2F/{Uri.EscapeDataString(name)}")).Dispose();
            (await http.DeleteAsync($"api/exchanges/%2F/{Uri.EscapeDataString(name)}")).Dispose();
        }
    }

    public void Dispose() => http.Dispose();
}

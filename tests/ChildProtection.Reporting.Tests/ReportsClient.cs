using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChildProtection.Reporting.Tests;

/// <summary>Request helpers shared by the tests.</summary>
public static class ReportsClient
{
    public const string Base = "/api/reporting/reports";

    public static object Body(Guid? childId = null, string[]? situations = null, object? child = null, string urgency = "urgent") => new
    {
        reporter = new { unitType = "school", unitName = "滨海第一小学", person = "王老师", contact = "13800000000" },
        channel = "web",
        child = child ?? new { childId = childId ?? Guid.NewGuid() },
        situations = situations ?? ["injuries-suggesting-violence"],
        observation = "Bruises on both arms, says a relative hits them.",
        observedAt = DateTimeOffset.UtcNow.AddHours(-2).ToString("O"),
        urgency,
    };

    public static async Task<JsonElement> FileAsync(this HttpClient client, object body, string? idempotencyKey = null, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Base) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public static async Task<JsonElement[]> InboxAsync(this HttpClient client, string department, string status = "open")
    {
        var response = await client.GetAsync($"{Base}/inbox?department={department}&status={status}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return [.. JsonDocument.Parse(text).RootElement.GetProperty("items").EnumerateArray()];
    }

    /// <summary>The caller's department's inbox item for a report.</summary>
    public static async Task<JsonElement> ItemAsync(this HttpClient client, string department, Guid reportId) =>
        (await client.InboxAsync(department, "all")).Single(i => i.GetProperty("reportId").GetGuid() == reportId);

    /// <summary>Posts a routing command with the report's current ETag.</summary>
    public static async Task<HttpResponseMessage> ActAsync(this HttpClient client, Guid reportId, Guid routingId, string action, object? body = null)
    {
        var read = await client.GetAsync($"{Base}/{reportId}");
        Assert.True(read.IsSuccessStatusCode, await read.Content.ReadAsStringAsync());
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}/{reportId}/routings/{routingId}/{action}") { Content = JsonContent.Create(body ?? new { }) };
        request.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> OkAsync(this Task<HttpResponseMessage> pending)
    {
        var response = await pending;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public static async Task<HttpResponseMessage> ReceiptAsync(this HttpClient client, string number, string secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Base}/receipts/{number}");
        request.Headers.Add("X-Receipt-Secret", secret);
        return await client.SendAsync(request);
    }

    public static Guid Id(this JsonElement e, string name) => e.GetProperty(name).GetGuid();
}

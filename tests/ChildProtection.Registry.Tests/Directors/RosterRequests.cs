using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChildProtection.Registry.Tests;

/// <summary>The requests the roster tests share: villages, directors and supervisors, and changes sent with If-Match.</summary>
internal static class RosterRequests
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static object Director(string villageCode, string name = "李红梅", string phone = "13812345678",
        string appointedOn = "2024-03-01", bool? realNameRegistered = true) =>
        new { name, phone, villageCode, realNameRegistered, appointedOn };

    public static object Training(string date, string level = "county", decimal hours = 8, string title = "儿童主任年度业务培训",
        bool demonstration = false) => new { date, title, hours, level, demonstration };

    public static async Task RegisterVillageAsync(this HttpClient client, string code, string name = "测试村")
    {
        var response = await client.PostAsJsonAsync("/api/registry/villages", new { code, name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>Registers a director and returns the id and the ETag to send with the next change.</summary>
    public static async Task<(Guid Id, string ETag)> RegisterDirectorAsync(this HttpClient client, string villageCode,
        string appointedOn = "2024-03-01")
    {
        var response = await client.PostAsJsonAsync("/api/registry/directors", Director(villageCode, appointedOn: appointedOn));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.JsonAsync()).GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    public static async Task<(Guid Id, string ETag)> RegisterSupervisorAsync(this HttpClient client, string townshipCode)
    {
        var response = await client.PostAsJsonAsync("/api/registry/supervisors", new { name = "王建国", phone = "022-25801234", townshipCode });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.JsonAsync()).GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    /// <summary>POSTs with <c>If-Match</c> set to <paramref name="etag"/>, or without it when null.</summary>
    public static Task<HttpResponseMessage> PostIfMatchAsync(this HttpClient client, string url, object body, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (etag is not null) request.Headers.IfMatch.ParseAdd(etag);
        return client.SendAsync(request);
    }

    /// <summary>Today in China Standard Time, as the service judges "not in the future".</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
}

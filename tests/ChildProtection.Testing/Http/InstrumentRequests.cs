using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace ChildProtection.Testing.Http;

/// <summary>Calling a service's API the way a client would: create, then change with If-Match.</summary>
public static class InstrumentRequests
{
    public static async Task<JsonElement> Json(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>Creates an instrument in a case; returns its id and ETag.</summary>
    public static async Task<(Guid Id, string ETag, JsonElement Body)> CreateAsync(this HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var json = await response.Json();
        return (json.GetProperty("id").GetGuid(), response.Headers.ETag!.Tag, json);
    }

    public static Task<HttpResponseMessage> PostWithIfMatchAsync(this HttpClient client, string path, object body, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }

    /// <summary>A change with If-Match that must succeed; returns the new ETag and view.</summary>
    public static async Task<(string ETag, JsonElement Body)> ChangeAsync(this HttpClient client, string path, object body, string etag)
    {
        var response = await client.PostWithIfMatchAsync(path, body, etag);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (response.Headers.ETag!.Tag, await response.Json());
    }

    public static string Date(this DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

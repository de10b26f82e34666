using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Testing;
using Xunit;

namespace ChildProtection.Registry.Tests;

/// <summary>Small helpers for calling the registry API the way a client would: register, then change with If-Match.</summary>
public static class RegistryClient
{
    public static object Child(string name = "王小明", string birthDate = "2015-03-02", string region = "120116100201",
        string gender = "male", string household = "rural", string? nationalId = null, string? confirmNotDuplicate = null) =>
        new { name, gender, birthDate, regionCode = region, household, nationalId, confirmNotDuplicate };

    private static int _names;

    /// <summary>A fresh Chinese name per call (surname + two given characters), so tests never look like duplicates.</summary>
    public static string UniqueName(string surname = "李")
    {
        var n = Interlocked.Increment(ref _names) + Environment.ProcessId % 1000 * 1000;
        return surname + (char)(0x4E00 + n % 5000) + (char)(0x4E00 + 5000 + n / 5000 % 5000);
    }

    public static async Task<JsonElement> Json(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>Registers a child and returns its id and ETag; fails the test on anything but 201.</summary>
    public static async Task<(Guid Id, string ETag)> RegisterAsync(this HttpClient client, object child)
    {
        var response = await client.PostAsJsonAsync("/api/registry/children", child);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return ((await response.Json()).GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    /// <summary>Sends a change with If-Match.</summary>
    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string path, object body, string etag)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }

    /// <summary>Sends a change with If-Match, asserts 200 and returns the new ETag and the child.</summary>
    public static async Task<(string ETag, JsonElement Child)> ChangeAsync(this HttpClient client, HttpMethod method, string path, object body, string etag)
    {
        var response = await client.SendAsync(method, path, body, etag);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (response.Headers.ETag!.Tag, await response.Json());
    }

    public static IEnumerable<string> Codes(this JsonElement child) =>
        child.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("code").GetString()!);

    /// <summary>Reads the child's file stating a purpose.</summary>
    public static async Task<JsonElement> FileAsync(this HttpClient client, Guid id)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/registry/children/{id}/file?pageSize=200");
        request.Headers.Add("X-Access-Purpose", "test: checking the file");
        var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Json();
    }

    /// <summary>
    /// Reads the child's file once its timeline shows every event of the child's stream: the timeline is an async projection,
    /// filed by the daemon right after the commit, so a test that reads it after a change waits for it.
    /// </summary>
    public static async Task<JsonElement> CaughtUpFileAsync(this HttpClient client, Guid id)
    {
        var version = (await (await client.GetAsync($"/api/registry/children/{id}")).Json()).GetProperty("version").GetInt64();
        var file = default(JsonElement);
        await Eventually.TrueAsync(async () => (file = await client.FileAsync(id)).GetProperty("entries").EnumerateArray()
            .Count(e => e.GetProperty("source").GetString() == "registry") >= version, TimeSpan.FromSeconds(30), "the timeline shows the child's events");
        return file;
    }
}

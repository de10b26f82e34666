using System.Net.Http.Json;
using System.Text.Json;

namespace ChildProtection.Police.Tests;

/// <summary>Requests the tests repeat.</summary>
public static class PoliceApi
{
    public static async Task<JsonElement> Json(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static object Case(string region = "120116100201", Guid? childId = null, string? kind = null) => new
    {
        regionCode = region, childId, kind, situations = new[] { "guardian-failing-duties" }, urgency = "urgent",
        account = "邻居报称：父亲张大山长期外出，孩子独自在家。",
    };

    /// <summary>Opens a case directly as the client; returns its id and ETag.</summary>
    public static async Task<(Guid Id, string ETag)> OpenCaseAsync(this HttpClient client, string region = "120116100201", Guid? childId = null)
    {
        var response = await client.PostAsJsonAsync("/api/police/cases", Case(region, childId));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return ((await response.Json()).GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string path, object? body, string? etag)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }

    public static object Admonition(string name = "张大山") => new
    {
        guardian = new { name, relationship = "father" }, grounds = new[] { "leaving-child-without-care" },
        statement = "依法予以训诫，责令履行监护职责。",
    };

    /// <summary>Admonishes in the case; returns the response.</summary>
    public static Task<HttpResponseMessage> AdmonishAsync(this HttpClient client, Guid caseId, string name = "张大山") =>
        client.PostAsJsonAsync($"/api/police/cases/{caseId}/admonitions", Admonition(name));
}

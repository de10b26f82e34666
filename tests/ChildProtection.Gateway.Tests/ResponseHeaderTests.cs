using System.Net;
using System.Net.Http.Json;
using ChildProtection.Gateway.DevTokens;
using ChildProtection.Gateway.Tests.Support;

namespace ChildProtection.Gateway.Tests;

/// <summary>On the real server: no Server banner (not even on what Kestrel refuses itself), tokens and data never cached, nothing sniffed.</summary>
public sealed class ResponseHeaderTests
{
    [Fact]
    public async Task A_token_answer_is_no_store_nosniff_and_names_no_server()
    {
        await using var gateway = GatewayHost.Start(null);

        var response = await gateway.Http.PostAsJsonAsync(DevTokenEndpoints.Path,
            new { user = "u-1", department = "civil-affairs", role = "caseworker", region = "120116" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Empty(response.Headers.Server);
    }

    [Fact]
    public async Task What_Kestrel_refuses_itself_names_no_server_either()
    {
        await using var gateway = GatewayHost.Start(null, new Dictionary<string, string?> { ["Gateway:MaxRequestHeaderCount"] = "10" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/dev/token");
        for (var i = 0; i < 20; i++) request.Headers.Add($"X-Header-{i}", "v");

        var response = await gateway.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        Assert.Empty(response.Headers.Server);
    }
}

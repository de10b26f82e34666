using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using ChildProtection.Gateway.Tests.Support;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.Testing;

namespace ChildProtection.Gateway.Tests;

/// <summary>
/// Caseworkers state purposes in Chinese. Through the gateway a purpose arrives either encoded (UTF-8''…, RFC 8187) or as raw
/// UTF-8, reaches the service encoded (headers are ASCII on the way), and a malformed or over-long one is a 400 problem.
/// </summary>
public sealed class PurposeTests : IAsyncLifetime
{
    private FakeBackend _backend = null!;
    private GatewayHost _gateway = null!;
    private HttpClient _utf8 = null!;

    public async Task InitializeAsync()
    {
        _backend = await FakeBackend.StartAsync();
        _gateway = GatewayHost.Start(_backend);
        // A client that sends header values as UTF-8, as curl and browsers do with typed Chinese.
        _utf8 = new HttpClient(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 })
        {
            BaseAddress = _gateway.Http.BaseAddress,
        };
    }

    public async Task DisposeAsync()
    {
        _utf8.Dispose();
        await _gateway.DisposeAsync();
        await _backend.DisposeAsync();
    }

    private async Task<HttpResponseMessage> SendAsync(string purpose)
    {
        var request = GatewayHost.Request(HttpMethod.Get, "/api/registry/echo/file", await _gateway.TokenAsync());
        request.Headers.TryAddWithoutValidation(AccessPurpose.Header, purpose);
        return await _utf8.SendAsync(request);
    }

    [Theory]
    [InlineData("季度家访")]
    [InlineData("UTF-8''%E5%AD%A3%E5%BA%A6%E5%AE%B6%E8%AE%BF")]
    public async Task A_Chinese_purpose_reaches_the_service_encoded(string sent)
    {
        var response = await SendAsync(sent);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<Echo>();
        Assert.Equal("UTF-8''%E5%AD%A3%E5%BA%A6%E5%AE%B6%E8%AE%BF", echo!.Purpose);
        Assert.True(AccessPurpose.TryDecode(echo.Purpose, out var decoded, out _));
        Assert.Equal("季度家访", decoded);
    }

    [Theory]
    [InlineData("UTF-8''%E5%AD%ZZ")]
    [InlineData("UTF-8''%E5%AD")]
    [InlineData("UTF-8''%00visit")]
    public async Task A_malformed_purpose_is_a_400_problem_and_never_reaches_the_service(string sent)
    {
        var hits = _backend.Hits;
        var response = await SendAsync(sent);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.Equal(hits, _backend.Hits);
    }

    [Fact]
    public async Task An_over_long_purpose_is_a_400_problem()
    {
        var response = await SendAsync(new string('访', AccessPurpose.MaxLength + 1));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
    }
}

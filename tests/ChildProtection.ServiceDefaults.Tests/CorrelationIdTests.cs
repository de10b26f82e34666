using System.Diagnostics;
using System.Net;
using ChildProtection.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.ServiceDefaults.Tests;

public sealed class CorrelationIdTests
{
    private static Task<TestApp> StartAsync() => TestApp.StartAsync(app =>
    {
        app.MapGet("/echo", (HttpContext context) => context.GetCorrelationId());
        app.MapGet("/throws", () => { throw new InvalidOperationException("x"); });
    });

    private static HttpRequestMessage WithId(string path, string? id)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (id is not null)
        {
            request.Headers.TryAddWithoutValidation(CorrelationId.HeaderName, id);
        }
        return request;
    }

    [Theory]
    [InlineData("abc-123_X.y")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")]
    public async Task A_valid_id_is_kept_and_echoed(string id)
    {
        await using var app = await StartAsync();
        var response = await app.Client.SendAsync(WithId("/echo", id));
        Assert.Equal(id, response.Headers.GetValues(CorrelationId.HeaderName).Single());
        Assert.Equal(id, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234")]
    public async Task A_missing_or_invalid_id_is_replaced_by_a_new_one(string? id)
    {
        await using var app = await StartAsync();
        var response = await app.Client.SendAsync(WithId("/echo", id));
        var echoed = response.Headers.GetValues(CorrelationId.HeaderName).Single();
        Assert.Matches("^[0-9a-f]{32}$", echoed);
        Assert.Equal(echoed, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_id_survives_the_exception_handler()
    {
        await using var app = await StartAsync();
        var response = await app.Client.SendAsync(WithId("/throws", "err-1"));
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("err-1", response.Headers.GetValues(CorrelationId.HeaderName).Single());
    }

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public HttpRequestMessage? Last { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Last = request;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }

    [Fact]
    public async Task Outgoing_http_calls_carry_the_correlation_id_from_the_baggage()
    {
        var capture = new CapturingHandler();
        var app = TestApp.Build(builder => builder.Services.AddHttpClient("downstream").ConfigurePrimaryHttpMessageHandler(() => capture));
        var client = app.Services.GetRequiredService<IHttpClientFactory>().CreateClient("downstream");

        using (var activity = new Activity("consume").Start())
        {
            activity.SetBaggage(CorrelationId.TagName, "from-message-7");
            await client.GetAsync("http://registry.test/api/registry/children");
        }

        Assert.Equal("from-message-7", capture.Last!.Headers.GetValues(CorrelationId.HeaderName).Single());
        await app.DisposeAsync();
    }
}

using System.Net;
using ChildProtection.ServiceDefaults.Tests.Support;
using TestTokens = ChildProtection.ServiceDefaults.Tests.Support.TestTokens;
using ChildProtection.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChildProtection.ServiceDefaults.Tests;

/// <summary>Personal data is neither cached nor sniffed, and an unknown API document is a problem that echoes nothing.</summary>
public sealed class ResponseHeadersTests
{
    private static Task<TestApp> StartAsync() => TestApp.StartAsync(app =>
    {
        app.MapGet("/api/headers-test/child", () => TypedResults.Ok(new { name = "李小花" })).AllowAnonymous();
        app.MapGet("/plain", () => "ok").AllowAnonymous();
        app.MapOpenApiDocument("headers-test");
    });

    [Fact]
    public async Task Every_api_answer_is_no_store_and_every_answer_nosniff()
    {
        await using var app = await StartAsync();

        var api = await app.Client.GetAsync("/api/headers-test/child");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.True(api.Headers.CacheControl?.NoStore);
        Assert.Equal("nosniff", string.Join(",", api.Headers.GetValues("X-Content-Type-Options")));

        var problem = await app.Client.GetAsync("/api/headers-test/missing");
        Assert.True(problem.Headers.CacheControl?.NoStore);

        var plain = await app.Client.GetAsync("/plain");
        Assert.Equal("nosniff", string.Join(",", plain.Headers.GetValues("X-Content-Type-Options")));
        Assert.Null(plain.Headers.CacheControl);
    }

    [Fact]
    public async Task An_unknown_api_document_is_a_404_problem_that_does_not_echo_the_name()
    {
        await using var app = await StartAsync();

        var response = await app.Client.SendAsync(TestTokens.Get("/api/headers-test/openapi/<script>x</script>.json", TestTokens.For()));

        var body = await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.DoesNotContain("script", body.ToString());
        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(TestTokens.Get("/api/headers-test/openapi/v1.json", TestTokens.For()))).StatusCode);
    }
}

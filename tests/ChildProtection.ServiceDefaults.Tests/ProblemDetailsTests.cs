using static ChildProtection.Testing.ProblemAssertions;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

using ChildProtection.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChildProtection.ServiceDefaults.Tests;

public sealed class ProblemDetailsTests
{
    private const string Secret = "secret-detail-42 national id 120116200001011234";

    private static void MapThrowing(WebApplication app)
    {
        app.MapGet("/concurrency", () => { throw new JasperFx.ConcurrencyException("Stream was at version 4, not 3.", null!); });
        app.MapGet("/rejected", () => { throw new DomainRejectionException("order-already-decided", "The order was already decided."); });
        app.MapGet("/boom", () => { throw new InvalidOperationException(Secret); });
        app.MapGet("/timeout", () => { throw new TimeoutException(Secret); });
        app.MapGet("/not-found", () => Problems.NotFound("No such child."));
        app.MapGet("/dependency-down", () => TypedResults.Problem("The registry cannot be reached.", statusCode: 503, type: ProblemTypes.Unavailable));
        app.MapGet("/validation", () => Problems.Validation("region", "A region code."));
        app.MapPost("/json", (Payload payload) => TypedResults.Ok(payload));
    }

    private sealed record Payload(string Name, int Age);

    private static Task<TestApp> StartAsync(string environment = "Development") =>
        TestApp.StartAsync(MapThrowing, environment: environment);

    [Fact]
    public async Task Concurrency_conflict_becomes_409_with_the_concurrency_type()
    {
        await using var app = await StartAsync();
        var response = await app.Client.GetAsync("/concurrency");
        await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.ConcurrencyConflict);
    }

    [Fact]
    public async Task Domain_rejection_becomes_409_rejected_with_its_code()
    {
        await using var app = await StartAsync();
        var body = await (await app.Client.GetAsync("/rejected")).AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected);
        Assert.Equal("order-already-decided", body.GetProperty("code").GetString());
        Assert.Equal("The order was already decided.", body.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task Malformed_json_is_400_bad_request_not_500(string environment)
    {
        await using var app = await StartAsync(environment);
        var response = await app.Client.PostAsync("/json", new StringContent("{\"name\": ", Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.BadRequest);
    }

    [Fact]
    public async Task Wrong_content_type_is_415_bad_request()
    {
        await using var app = await StartAsync();
        var response = await app.Client.PostAsync("/json", new StringContent("name=x", Encoding.UTF8, "text/plain"));
        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, ProblemTypes.BadRequest);
    }

    [Fact]
    public async Task Unexpected_exception_is_500_without_the_message()
    {
        await using var app = await StartAsync();
        var response = await app.Client.GetAsync("/boom");
        var body = await response.AssertProblemAsync(HttpStatusCode.InternalServerError, ProblemTypes.Internal);
        var text = body.GetRawText();
        Assert.DoesNotContain("secret-detail-42", text, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_endpoints_own_503_problem_also_says_when_to_retry()
    {
        await using var app = await StartAsync();
        var response = await app.Client.GetAsync("/dependency-down");
        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, ProblemTypes.Unavailable);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Timeout_is_503_unavailable_with_retry_after()
    {
        await using var app = await StartAsync();
        var response = await app.Client.GetAsync("/timeout");
        var body = await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, ProblemTypes.Unavailable);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.DoesNotContain("secret-detail-42", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_route_is_404_problem()
    {
        await using var app = await StartAsync();
        await (await app.Client.GetAsync("/no-such-thing")).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
    }

    [Fact]
    public async Task Wrong_method_is_405_problem()
    {
        await using var app = await StartAsync();
        var response = await app.Client.DeleteAsync("/json");
        await response.AssertProblemAsync(HttpStatusCode.MethodNotAllowed, ProblemTypes.MethodNotAllowed);
    }

    [Fact]
    public async Task Problem_results_from_endpoints_carry_type_trace_and_correlation()
    {
        await using var app = await StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/not-found");
        request.Headers.Add(CorrelationId.HeaderName, "corr-from-test");
        var body = await (await app.Client.SendAsync(request)).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.Equal("corr-from-test", body.GetProperty("correlationId").GetString());
    }

    [Fact]
    public async Task Validation_problem_has_the_validation_type_and_errors()
    {
        await using var app = await StartAsync();
        var body = await (await app.Client.GetAsync("/validation")).AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.Equal("A region code.", body.GetProperty("errors").GetProperty("region")[0].GetString());
    }

    [Fact]
    public async Task A_grpc_caller_gets_a_grpc_status_instead_of_a_problem_body()
    {
        await using var app = await StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/boom") { Content = new ByteArrayContent([0, 0, 0, 0, 0]) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        var response = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("13", response.Headers.GetValues("grpc-status").Single());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}

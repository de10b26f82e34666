using static ChildProtection.Testing.ProblemAssertions;
using System.Net;
using ChildProtection.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChildProtection.ServiceDefaults.Tests;

public sealed class AuthorizationMatrixTests : IDisposable
{
    private const string Matrix = """
        {
          "endpoints": {
            "ANY /health/live": { "anonymous": true },
            "ANY /health/ready": { "anonymous": true },
            "GET /officers": { "allow": { "police": ["officer"] } },
            "GET /civil-affairs": { "allow": { "civil-affairs": ["*"] } },
            "GET /operators": { "allow": { "*": ["operator"] } }
          }
        }
        """;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"authorization-{Guid.NewGuid():N}.json");
    private readonly ListLogger _log = new();

    public AuthorizationMatrixTests() => File.WriteAllText(_path, Matrix);

    public void Dispose() => File.Delete(_path);

    // Every endpoint is open to any caller in code, so only the matrix decides.
    private Task<TestApp> StartAsync() => TestApp.StartAsync(
        app =>
        {
            foreach (var path in new[] { "/officers", "/civil-affairs", "/operators", "/unlisted" })
            {
                app.MapGet(path, () => "ok").RequireAuthorization();
            }
        },
        builder => builder.Logging.AddProvider(_log),
        new Dictionary<string, string?> { [AuthorizationMatrixExtensions.PathSetting] = _path });

    [Fact]
    public async Task A_department_and_role_the_entry_names_get_through()
    {
        await using var app = await StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(TestTokens.Get("/officers", TestTokens.For(department: "police", role: "officer")))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(TestTokens.Get("/civil-affairs", TestTokens.For(role: "auditor")))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(TestTokens.Get("/operators", TestTokens.For(department: "platform", role: "operator", region: "*")))).StatusCode);
    }

    [Fact]
    public async Task The_role_wildcard_does_not_include_operators_who_never_read_childrens_data()
    {
        await using var app = await StartAsync();
        var civilAffairsOperator = await app.Client.SendAsync(TestTokens.Get("/civil-affairs", TestTokens.For(role: "operator")));
        await civilAffairsOperator.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        var platformOperator = await app.Client.SendAsync(TestTokens.Get("/operators", TestTokens.For(department: "civil-affairs", role: "operator", region: "*")));
        await platformOperator.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden); // '*' is the platform department's only
    }

    [Fact]
    public async Task A_department_or_role_the_entry_does_not_name_gets_a_403_problem()
    {
        await using var app = await StartAsync();
        var otherRole = await app.Client.SendAsync(TestTokens.Get("/officers", TestTokens.For(department: "police", role: "auditor")));
        await otherRole.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        var otherDepartment = await app.Client.SendAsync(TestTokens.Get("/officers", TestTokens.For(department: "court", role: "officer")));
        await otherDepartment.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        var notOperator = await app.Client.SendAsync(TestTokens.Get("/operators", TestTokens.For(department: "platform", role: "developer")));
        await notOperator.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
    }

    [Fact]
    public async Task Without_a_token_the_caller_is_challenged_before_the_matrix_is_asked()
    {
        await using var app = await StartAsync();
        await (await app.Client.GetAsync("/officers")).AssertProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
    }

    [Fact]
    public async Task An_endpoint_the_matrix_does_not_list_is_refused_to_everyone_and_logged_as_a_configuration_error()
    {
        await using var app = await StartAsync();
        var response = await app.Client.SendAsync(TestTokens.Get("/unlisted", TestTokens.For(department: "platform", role: "operator", region: "*")));
        await response.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        Assert.Contains(_log.Messages, m => m.Level == LogLevel.Error && m.Text.Contains("GET /unlisted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_method_the_route_does_not_take_stays_a_405_not_a_refusal()
    {
        await using var app = await StartAsync();
        var request = TestTokens.Get("/officers", TestTokens.For(department: "police", role: "officer"));
        request.Method = HttpMethod.Delete;
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await app.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_entries_need_no_token()
    {
        await using var app = await StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task A_missing_matrix_file_stops_the_host_at_startup_naming_the_file()
    {
        File.Delete(_path);
        var error = await Assert.ThrowsAsync<AuthorizationMatrixException>(StartAsync);
        Assert.Contains(_path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "is not valid JSON")]
    [InlineData("""{ "routes": {} }""", "\"endpoints\"")]
    [InlineData("""{ "endpoints": { "GET /x": {} } }""", "either \"anonymous\": true or an \"allow\"")]
    [InlineData("""{ "endpoints": { "GET /x": { "anonymous": true, "allow": { "police": ["*"] } } } }""", "not both")]
    [InlineData("""{ "endpoints": { "GET /x": { "allow": { "polis": ["*"] } } } }""", "unknown department 'polis'")]
    [InlineData("""{ "endpoints": { "GET /x": { "allow": { "police": [] } } } }""", "non-empty array of roles")]
    [InlineData("""{ "endpoints": { "GET /x": { "allow": { "police": ["*"] }, "roles": [] } } }""", "unknown property 'roles'")]
    [InlineData("""{ "endpoints": { "/x": { "anonymous": true } } }""", "neither 'METHOD /route-pattern'")]
    [InlineData("""{ "endpoints": { "GET /x": { "anonymous": true }, "GET /x": { "anonymous": true } } }""", "twice")]
    public void An_invalid_matrix_is_rejected_with_the_entry_and_the_mistake(string json, string expected)
    {
        var error = Assert.Throws<AuthorizationMatrixException>(() => AuthorizationMatrixReader.Parse(json, "test.json"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("test.json", error.Message, StringComparison.Ordinal);
    }

    private sealed class ListLogger : ILoggerProvider, ILogger
    {
        public List<(LogLevel Level, string Text)> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Messages) Messages.Add((logLevel, formatter(state, exception)));
        }

        public void Dispose()
        {
        }
    }
}

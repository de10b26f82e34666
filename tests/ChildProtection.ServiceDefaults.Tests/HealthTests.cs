using System.Net;
using System.Text.Json;
using ChildProtection.ServiceDefaults.Tests.Support;

namespace ChildProtection.ServiceDefaults.Tests;

public sealed class HealthTests
{
    private static Task<TestApp> StartWithPostgresAsync(string? connectionString) => TestApp.StartAsync(
        _ => { },
        builder => builder.AddPostgres(),
        new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = connectionString });

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync(TestApp app)
    {
        var response = await app.Client.GetAsync("/health/ready");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private static JsonElement Check(JsonElement body, string name) =>
        body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    [Fact]
    public async Task Live_answers_200_while_the_process_runs_even_without_a_database()
    {
        await using var app = await StartWithPostgresAsync(LocalServers.PostgresConnectionString(LocalServers.ClosedPort()));
        var response = await app.Client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("self", Assert.Single(body.GetProperty("checks").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Ready_is_200_when_the_real_postgres_answers()
    {
        await using var app = await StartWithPostgresAsync(LocalServers.PostgresConnectionString());
        var (status, body) = await ReadyAsync(app);
        Assert.True(status == HttpStatusCode.OK, $"PostgreSQL on port {LocalServers.PostgresPort} must be running: {body}");
        Assert.Equal("Healthy", Check(body, "postgres").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_is_503_when_postgres_is_not_listening()
    {
        await using var app = await StartWithPostgresAsync(LocalServers.PostgresConnectionString(LocalServers.ClosedPort()));
        var (status, body) = await ReadyAsync(app);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", Check(body, "postgres").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_names_the_missing_connection_string()
    {
        await using var app = await StartWithPostgresAsync(null);
        var (status, body) = await ReadyAsync(app);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("ConnectionStrings:Postgres", Check(body, "postgres").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_without_dependencies_is_200_and_probes_need_no_token()
    {
        await using var app = await TestApp.StartAsync(_ => { });
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/health/ready")).StatusCode);
    }
}

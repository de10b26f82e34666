using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.ServiceDefaults.Tests.Support;
using TestDatabase = ChildProtection.Testing.TestDatabase;

namespace ChildProtection.ServiceDefaults.Tests.Audit;

/// <summary>
/// Auditors ask for entries by date: a bare date is midnight China Standard Time, and an instant may carry any offset;
/// both are converted to UTC before the query (PostgreSQL's timestamptz takes UTC instants from Npgsql).
/// </summary>
public sealed class AuditByDateTests : IAsyncLifetime
{
    private const string Service = "audittest";
    private TestDatabase _database = null!;
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("audit_by_date");
        // 23:59:59 on 7 December and 00:00:00 on 8 December, China Standard Time.
        await _database.ExecuteAsync($"""
            INSERT INTO audit.entries (at, service, actor, department, role, region, action, outcome, status, correlation_id) VALUES
              ('2026-12-07T15:59:59Z', '{Service}', 'late-on-the-7th', 'civil-affairs', 'caseworker', '120116', 'GET /x', 'success', 200, 'c1'),
              ('2026-12-07T16:00:00Z', '{Service}', 'first-on-the-8th', 'civil-affairs', 'caseworker', '120116', 'GET /x', 'success', 200, 'c2'),
              ('2026-12-08T15:59:59Z', '{Service}', 'last-on-the-8th', 'civil-affairs', 'caseworker', '120116', 'GET /x', 'success', 200, 'c3')
            """);
        _app = await TestApp.StartAsync(app => app.MapAuditLog(Service), builder => builder.AddPostgres(),
            new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = _database.AppConnectionString });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData("from=2026-12-08", "first-on-the-8th,last-on-the-8th")]
    [InlineData("to=2026-12-08", "late-on-the-7th")]
    [InlineData("from=2026-12-08T00:00:00%2B08:00&to=2026-12-09T00:00:00%2B08:00", "first-on-the-8th,last-on-the-8th")]
    [InlineData("from=2026-12-07T16:00:00Z&to=2026-12-08T16:00:00Z", "first-on-the-8th,last-on-the-8th")]
    public async Task Dates_are_midnight_China_time_and_offsets_are_honoured(string query, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/{Service}/audit?{query}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Support.TestTokens.For(department: "platform", role: "auditor", region: "*"));
        var response = await _app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("entries").EnumerateArray()
            .Select(e => e.GetProperty("actor").GetString()).Where(a => a is not ("u-1")).Order().ToArray();
        Assert.Equal(expected.Split(','), entries);
    }
}

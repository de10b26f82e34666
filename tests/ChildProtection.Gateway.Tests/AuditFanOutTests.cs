using System.Net;
using System.Text.Json;
using ChildProtection.Gateway.Tests.Support;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ChildProtection.Gateway.Tests;

/// <summary><c>GET /api/audit</c> asks every service with the auditor's token, merges by time, and names who did not answer.</summary>
public sealed class AuditFanOutTests : IAsyncLifetime
{
    private static readonly Guid Child = Guid.Parse("0190a5a0-0000-7000-8000-000000000001");
    private static readonly DateTimeOffset T0 = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly List<WebApplication> _services = [];
    private readonly List<string?> _seenTokens = [];
    private GatewayHost _gateway = null!;

    public async Task InitializeAsync()
    {
        var registry = await StartAsync("registry", [Entry("registry", T0, "POST /api/registry/children"), Entry("registry", T0.AddMinutes(2), "GET /api/registry/children/{id:guid}/file")]);
        var visits = await StartAsync("visits", [Entry("visits", T0.AddMinutes(1), "POST /api/visits/plans/{childId:guid}/visits")]);
        _gateway = GatewayHost.Start(null, new Dictionary<string, string?>
        {
            ["Services:registry:Http"] = registry,
            ["Services:visits:Http"] = visits,
            ["Services:court:Http"] = $"http://127.0.0.1:{Ports.Free()}", // configured, not running
        });
    }

    [Fact]
    public async Task Two_services_entries_come_back_merged_by_time_with_the_silent_one_named()
    {
        var token = await _gateway.TokenAsync(user: "aud-1", department: "civil-affairs", role: "auditor", region: "1201");
        var response = await _gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Get, $"/api/audit?child={Child}", token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(
            new[] { "GET /api/registry/children/{id:guid}/file", "POST /api/visits/plans/{childId:guid}/visits", "POST /api/registry/children" },
            page.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToArray());
        Assert.Equal(new[] { "registry", "visits" }, page.GetProperty("answered").EnumerateArray().Select(e => e.GetString()!).Order().ToArray());
        Assert.True(page.GetProperty("partial").GetBoolean());
        var silent = Assert.Single(page.GetProperty("unavailable").EnumerateArray());
        Assert.Equal("court", silent.GetProperty("service").GetString());
        lock (_seenTokens) Assert.All(_seenTokens, seen => Assert.Equal($"Bearer {token}", seen));
        Assert.Equal(2, _seenTokens.Count);
    }

    [Theory]
    [InlineData(1, "GET /api/registry/children/{id:guid}/file")]
    [InlineData(2, "POST /api/visits/plans/{childId:guid}/visits")]
    [InlineData(3, "POST /api/registry/children")]
    public async Task Pages_are_pages_of_the_merged_list(int page, string only)
    {
        var token = await _gateway.TokenAsync(user: "aud-1", department: "civil-affairs", role: "auditor", region: "1201");
        var response = await _gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Get, $"/api/audit?child={Child}&page={page}&pageSize=1", token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var merged = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(only, Assert.Single(merged.GetProperty("entries").EnumerateArray()).GetProperty("action").GetString());
        Assert.Equal(3, merged.GetProperty("total").GetInt64());
        Assert.Equal(page, merged.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task Only_auditors_may_ask_and_bad_input_is_a_problem()
    {
        var caseworker = await _gateway.TokenAsync(role: "caseworker");
        var refused = await _gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Get, $"/api/audit?child={Child}", caseworker));
        await refused.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);

        var auditor = await _gateway.TokenAsync(role: "auditor");
        var bad = await _gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Get, "/api/audit?child=nope", auditor));
        await bad.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
    }

    private static AuditEntry Entry(string service, DateTimeOffset at, string action) =>
        new(at, service, "cw-1", "civil-affairs", "caseworker", "120116", action, Child, null, AuditOutcome.Success, 200, null, "c");

    // A stand-in service answering its audit endpoint as the real ones do, after validating the forwarded token.
    private async Task<string> StartAsync(string name, AuditEntry[] entries)
    {
        var port = Ports.Free();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(GatewayHost.AuthSettings());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        builder.AddPlatformAuthentication();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet($"/api/{name}/audit", (HttpContext http, Guid child, int? page, int? pageSize) =>
        {
            lock (_seenTokens) _seenTokens.Add(http.Request.Headers.Authorization.ToString());
            var matching = entries.Where(e => e.ChildId == child).OrderByDescending(e => e.At).ToList();
            var (p, size) = (page ?? 1, pageSize ?? 50);
            return new AuditPage(name, [.. matching.Skip((p - 1) * size).Take(size)], p, size, matching.Count);
        }).RequireCaller(roles: [Roles.Auditor]);
        await app.StartAsync();
        _services.Add(app);
        return $"http://127.0.0.1:{port}";
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        foreach (var app in _services) await app.DisposeAsync();
    }
}

using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.ServiceDefaults.Tests.Support;
using TestDatabase = ChildProtection.Testing.TestDatabase;

namespace ChildProtection.ServiceDefaults.Tests.Audit;

/// <summary>The purpose a caseworker states in Chinese is recorded decoded in the audit log, whichever way it was sent.</summary>
public sealed class AuditPurposeTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("audit_purpose");
        _app = await TestApp.StartAsync(app => app.MapGet("/api/audittest/read", (Microsoft.AspNetCore.Http.HttpContext http) => AuditSubject.PurposeOf(http)),
            builder => builder.AddPostgres(), new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = _database.AppConnectionString });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData("UTF-8''%E5%AD%A3%E5%BA%A6%E5%AE%B6%E8%AE%BF")]
    [InlineData("季度家访")]
    public async Task The_purpose_is_recorded_decoded(string sent)
    {
        var correlation = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/audittest/read");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Support.TestTokens.For());
        request.Headers.TryAddWithoutValidation(AccessPurpose.Header, sent);
        request.Headers.Add("X-Correlation-Id", correlation);
        var response = await _app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("季度家访", await response.Content.ReadAsStringAsync());
        Assert.Equal("季度家访", await _database.ScalarTextAsync($"SELECT purpose FROM audit.entries WHERE correlation_id = '{correlation}'"));
    }
}

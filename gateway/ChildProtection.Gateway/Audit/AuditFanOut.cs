using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChildProtection.Gateway.Routing;
using ChildProtection.ServiceDefaults.Audit;

namespace ChildProtection.Gateway.Audit;

/// <summary>An audit entry as the gateway merges it (the service is in <see cref="AuditEntry.Service"/>).</summary>
/// <param name="Entries">Every answering service's entries, newest first.</param>
/// <param name="Answered">The services that answered.</param>
/// <param name="Unavailable">The services that did not answer, and why: their entries are missing from this page.</param>
/// <param name="Partial">True when any service is missing, so an auditor never mistakes a gap for "nothing happened".</param>
/// <param name="Page">The page asked of each service.</param>
/// <param name="PageSize">The page size asked of each service (the merged page holds up to this many per service).</param>
public sealed record MergedAuditPage(IReadOnlyList<AuditEntry> Entries, IReadOnlyList<string> Answered,
    IReadOnlyList<UnavailableService> Unavailable, bool Partial, int Page, int PageSize);

/// <summary>A service whose audit entries are missing: its name, and its status code or <c>no answer</c>.</summary>
public sealed record UnavailableService(string Service, string Reason);

/// <summary>
/// Asks every configured service's <c>GET /api/{service}/audit</c> at once, with the auditor's own token (each service
/// checks the role and region again and records the read), and merges the answers by time.
/// </summary>
public sealed class AuditFanOut(IHttpClientFactory clients, IConfiguration configuration)
{
    /// <summary>The named HttpClient (timeout 10 s).</summary>
    public const string ClientName = "audit-fan-out";

    public async Task<MergedAuditPage> ReadAsync(AuthenticationHeaderValue? token, QueryString query, AuditQuery parsed, CancellationToken ct)
    {
        var services = ServiceEndpoint.ReadAll(configuration).Where(s => s.Http is not null).ToList();
        var answers = await Task.WhenAll(services.Select(s => AskAsync(s, token, query, ct)));
        var pages = answers.Where(a => a.Page is not null).Select(a => a.Page!).ToList();
        var unavailable = answers.Where(a => a.Page is null).Select(a => new UnavailableService(a.Service, a.Reason!)).ToList();
        var entries = pages.SelectMany(p => p.Entries).OrderByDescending(e => e.At).ThenBy(e => e.Service, StringComparer.Ordinal).ToList();
        return new MergedAuditPage(entries, [.. pages.Select(p => p.Service)], unavailable, unavailable.Count > 0, parsed.Page, parsed.PageSize);
    }

    private async Task<(string Service, AuditPage? Page, string? Reason)> AskAsync(ServiceEndpoint service, AuthenticationHeaderValue? token,
        QueryString query, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(service.Http!, $"/api/{service.Name}/audit{query}"));
            request.Headers.Authorization = token;
            using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
            if (!response.IsSuccessStatusCode) return (service.Name, null, $"status {(int)response.StatusCode}");
            var page = await response.Content.ReadFromJsonAsync<AuditPage>(ct);
            return page is null ? (service.Name, null, "empty answer") : (service.Name, page, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException && !ct.IsCancellationRequested)
        {
            return (service.Name, null, "no answer");
        }
    }
}

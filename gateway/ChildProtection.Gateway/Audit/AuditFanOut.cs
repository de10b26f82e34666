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
/// <param name="Page">The page of the merged list (newest first).</param>
/// <param name="PageSize">At most this many entries on the page, whichever services they come from.</param>
/// <param name="Total">Entries matching the query in the services that answered.</param>
public sealed record MergedAuditPage(IReadOnlyList<AuditEntry> Entries, IReadOnlyList<string> Answered,
    IReadOnlyList<UnavailableService> Unavailable, bool Partial, int Page, int PageSize, long Total);

/// <summary>A service whose audit entries are missing: its name, and its status code or <c>no answer</c>.</summary>
public sealed record UnavailableService(string Service, string Reason);

/// <summary>
/// Asks every configured service's <c>GET /api/{service}/audit</c> at once, with the auditor's own token (each service
/// checks the role and region again and records the read), and merges the answers by time. Page P of size N of the
/// merged list needs each service's newest P × N entries, fetched in pages of at most 200 (a service's largest page).
/// </summary>
public sealed class AuditFanOut(IHttpClientFactory clients, IConfiguration configuration)
{
    /// <summary>The named HttpClient (timeout 10 s).</summary>
    public const string ClientName = "audit-fan-out";

    private const int LargestServicePage = 200;

    public async Task<MergedAuditPage> ReadAsync(AuthenticationHeaderValue? token, AuditQuery query, CancellationToken ct)
    {
        var services = ServiceEndpoint.ReadAll(configuration).Where(s => s.Http is not null).ToList();
        var answers = await Task.WhenAll(services.Select(s => CollectAsync(s, token, query, query.Page * query.PageSize, ct)));
        var answered = answers.Where(a => a.Entries is not null).ToList();
        var unavailable = answers.Where(a => a.Entries is null).Select(a => new UnavailableService(a.Service, a.Reason!)).ToList();
        var entries = answered.SelectMany(a => a.Entries!).OrderByDescending(e => e.At).ThenBy(e => e.Service, StringComparer.Ordinal)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList();
        return new MergedAuditPage(entries, [.. answered.Select(a => a.Service)], unavailable, unavailable.Count > 0, query.Page, query.PageSize,
            answered.Sum(a => a.Total));
    }

    /// <summary>The service's newest <paramref name="needed"/> entries (fewer when it has fewer) and its total.</summary>
    private async Task<(string Service, List<AuditEntry>? Entries, long Total, string? Reason)> CollectAsync(ServiceEndpoint service,
        AuthenticationHeaderValue? token, AuditQuery query, int needed, CancellationToken ct)
    {
        var collected = new List<AuditEntry>();
        var size = Math.Min(needed, LargestServicePage);
        for (var page = 1; ; page++)
        {
            var (answer, reason) = await AskAsync(service, token, QueryFor(query, page, size), ct);
            if (answer is null) return (service.Name, null, 0, reason);
            collected.AddRange(answer.Entries);
            if (collected.Count >= needed || answer.Entries.Count < size) return (service.Name, collected, answer.Total, null);
        }
    }

    private static QueryString QueryFor(AuditQuery query, int page, int size)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        if (query.Child is { } child) parameters.Add(new("child", child.ToString()));
        if (query.From is { } from) parameters.Add(new("from", from.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        if (query.To is { } to) parameters.Add(new("to", to.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        parameters.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        parameters.Add(new("pageSize", size.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return QueryString.Create(parameters);
    }

    private async Task<(AuditPage? Page, string? Reason)> AskAsync(ServiceEndpoint service, AuthenticationHeaderValue? token,
        QueryString query, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(service.Http!, $"/api/{service.Name}/audit{query}"));
            request.Headers.Authorization = token;
            using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
            if (!response.IsSuccessStatusCode) return (null, $"status {(int)response.StatusCode}");
            var page = await response.Content.ReadFromJsonAsync<AuditPage>(ct);
            return page is null ? (null, "empty answer") : (page, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException && !ct.IsCancellationRequested)
        {
            return (null, "no answer");
        }
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildProtection.Web.Api;

/// <summary>
/// The console's only way to the platform: the gateway's <c>/api/**</c> with the signed-in user's own token, so every
/// authorization rule, region filter, mask and audit record applies to what the console shows. Never throws for an
/// answer: a problem (or no answer at all, as 503) comes back in the <see cref="ApiResult{T}"/>.
/// </summary>
public sealed class GatewayApi(HttpClient http, ITokenSource tokens)
{
    public const string HttpClientName = "gateway";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public Task<ApiResult<T>> GetAsync<T>(string path, IReadOnlyDictionary<string, string>? headers = null, CancellationToken ct = default) =>
        SendAsync<T>(HttpMethod.Get, path, null, null, headers, ct);

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, string? ifMatch = null,
        IReadOnlyDictionary<string, string>? headers = null, CancellationToken ct = default) =>
        SendAsync<T>(HttpMethod.Post, path, body ?? new { }, ifMatch, headers, ct);

    public Task<ApiResult<T>> PutAsync<T>(string path, object? body, string? ifMatch = null,
        IReadOnlyDictionary<string, string>? headers = null, CancellationToken ct = default) =>
        SendAsync<T>(HttpMethod.Put, path, body ?? new { }, ifMatch, headers, ct);

    public async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, string? ifMatch,
        IReadOnlyDictionary<string, string>? headers, CancellationToken ct)
    {
        if (!path.StartsWith("/api/", StringComparison.Ordinal))
            throw new ArgumentException("The console calls the gateway's /api/** only.", nameof(path));
        var token = await tokens.TokenAsync();
        if (token is null)
            return ApiResult<T>.Failure(new ApiProblem(401, null, "Not signed in.", null, null, ApiProblem.NoErrors));

        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            request.Headers.TryAddWithoutValidation(name, value);
        if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: Json);

        try
        {
            using var response = await http.SendAsync(request, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
                return ApiResult<T>.Failure(ApiProblem.Parse((int)response.StatusCode, text, response.Headers.RetryAfter?.Delta));
            var etag = response.Headers.ETag?.ToString();
            var value = string.IsNullOrWhiteSpace(text) || response.StatusCode == HttpStatusCode.NoContent
                ? default
                : JsonSerializer.Deserialize<T>(text, Json);
            return ApiResult<T>.Success(value, etag, (int)response.StatusCode);
        }
        catch (HttpRequestException e)
        {
            return ApiResult<T>.Failure(ApiProblem.Unreachable(e.Message));
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return ApiResult<T>.Failure(ApiProblem.Unreachable("The gateway did not answer in time."));
        }
        catch (JsonException e)
        {
            return ApiResult<T>.Failure(new ApiProblem(502, null, "The answer could not be read.", e.Message, null, ApiProblem.NoErrors));
        }
    }
}

/// <summary>The gateway's development issuer, for the development sign-in page (anonymous; the local default only).</summary>
public sealed class DevTokenClient(IHttpClientFactory factory)
{
    public sealed record DevToken(string Token, DateTimeOffset ExpiresAt);

    public async Task<ApiResult<DevToken>> IssueAsync(string user, string department, string role, string region, CancellationToken ct = default)
    {
        var http = factory.CreateClient(GatewayApi.HttpClientName);
        try
        {
            using var response = await http.PostAsJsonAsync("/api/dev/token", new { user, department, role, region }, GatewayApi.Json, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            return response.IsSuccessStatusCode
                ? ApiResult<DevToken>.Success(JsonSerializer.Deserialize<DevToken>(text, GatewayApi.Json), null, (int)response.StatusCode)
                : ApiResult<DevToken>.Failure(ApiProblem.Parse((int)response.StatusCode, text, response.Headers.RetryAfter?.Delta));
        }
        catch (HttpRequestException e)
        {
            return ApiResult<DevToken>.Failure(ApiProblem.Unreachable(e.Message));
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return ApiResult<DevToken>.Failure(ApiProblem.Unreachable("The gateway did not answer in time."));
        }
    }
}

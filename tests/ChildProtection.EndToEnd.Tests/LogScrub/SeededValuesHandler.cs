using System.Text.Json;

namespace ChildProtection.EndToEnd.Tests.LogScrub;

/// <summary>
/// Registers the personal values in every JSON body a test sends through the gateway, so the log scrub knows what
/// to look for without each test listing them (gRPC requests register theirs with <see cref="PlatformFixture.Seeded"/>).
/// </summary>
internal sealed class SeededValuesHandler(SensitiveValues values) : DelegatingHandler(new HttpClientHandler())
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "name", ["person"] = "name", ["respondentName"] = "name", ["appointedGuardian"] = "name", ["guardians"] = "name",
        ["nationalId"] = "national-id", ["idNumber"] = "national-id",
        ["phone"] = "phone", ["contact"] = "phone", ["address"] = "address",
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { Headers.ContentType.MediaType: "application/json" } content)
        {
            // Villages' names are places, not people.
            var path = request.RequestUri?.ToString() ?? "";
            if (!path.Contains("/villages", StringComparison.Ordinal))
            {
                using var json = JsonDocument.Parse(await content.ReadAsStringAsync(cancellationToken));
                Walk(json.RootElement, null);
            }
        }
        return await base.SendAsync(request, cancellationToken);
    }

    private void Walk(JsonElement element, string? kind)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Walk(property.Value, Kinds.GetValueOrDefault(property.Name));
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Walk(item, kind);
                break;
            case JsonValueKind.String when kind is not null:
                values.Add(kind, element.GetString());
                break;
        }
    }
}

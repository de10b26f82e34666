using System.Net.Http.Headers;

namespace ChildProtection.Fuzzing.Tests.Generation;

/// <summary>
/// One hostile request: <paramref name="Case"/> says what was broken (for the findings), the body is raw bytes
/// so malformed and oversized bodies travel exactly as generated.
/// </summary>
public sealed record FuzzRequest(string Case, string Method, string Url, byte[]? Body, string? ContentType, IReadOnlyDictionary<string, string> Headers)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null) message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        }
        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }
        return message;
    }
}

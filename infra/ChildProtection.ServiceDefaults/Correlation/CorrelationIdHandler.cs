using System.Diagnostics;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// Passes the current correlation id on to outgoing HttpClient calls (service-to-service HTTP and
/// gRPC), taken from the activity baggage the middleware or a message consumer set.
/// </summary>
internal sealed class CorrelationIdHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Headers.Contains(CorrelationId.HeaderName)
            && Activity.Current?.GetBaggageItem(CorrelationId.TagName) is { } id
            && CorrelationId.IsValid(id))
        {
            request.Headers.TryAddWithoutValidation(CorrelationId.HeaderName, id);
        }
        return base.SendAsync(request, cancellationToken);
    }
}

using Microsoft.AspNetCore.Http;

namespace ChildProtection.Grpc;

/// <summary>Forwards the incoming request's <c>Authorization</c> header on outgoing calls, so the callee checks the same caller.</summary>
public sealed class ForwardBearerTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var authorization = accessor.HttpContext?.Request.Headers.Authorization.ToString();
        if (!string.IsNullOrEmpty(authorization) && request.Headers.Authorization is null)
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return base.SendAsync(request, cancellationToken);
    }
}

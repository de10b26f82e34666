using Microsoft.AspNetCore.Http;

namespace ChildProtection.ServiceDefaults.Audit;

/// <summary>
/// Decodes <c>X-Access-Purpose</c> once per request for the audit record and the endpoints that require it; a malformed,
/// over-long or control-character purpose is a 400 problem before any handler runs (and is recorded as such). A purpose
/// sent as raw UTF-8 (Kestrel reads this header as UTF-8) is accepted and re-written in its <c>UTF-8''</c> form, so a proxy
/// (the gateway) forwards ASCII.
/// </summary>
internal sealed class AccessPurposeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!AccessPurpose.TryDecode(http.Request.Headers[AccessPurpose.Header].ToString(), out var purpose, out var error))
        {
            await Problems.Validation(AccessPurpose.Header, error!).ExecuteAsync(http);
            return;
        }
        AuditSubject.SetPurpose(http, purpose);
        if (purpose is not null) http.Request.Headers[AccessPurpose.Header] = AccessPurpose.Encode(purpose);
        await next(http);
    }
}

using System.Net;
using ChildProtection.Fuzzing.Tests.Hosts;
using ChildProtection.Fuzzing.Tests.Running;

namespace ChildProtection.Fuzzing.Tests.OpenApi;

/// <summary>A started service's own OpenAPI document, fetched as a caller (anonymous callers are refused, like every route behind the gateway).</summary>
public static class ServiceDocument
{
    public static async Task<string> FetchAsync(IFuzzHost host, ServiceTarget target)
    {
        var path = $"/api/{target.Name}/openapi/v1.json";
        using var anonymous = host.ClientAs("none", "none", "none");
        anonymous.DefaultRequestHeaders.Authorization = null;
        Xunit.Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);

        var persona = target.Personas[0];
        using var client = host.ClientAs(persona.Department, persona.Role, persona.Region);
        return await client.GetStringAsync(path);
    }
}

using System.Net;
using System.Net.Http.Json;

namespace ChildProtection.Procuratorate.Tests;

/// <summary>Calling the procuratorate API the way a client would: open a case (the rest is in ChildProtection.Testing.Http.InstrumentRequests).</summary>
public static class ProcuratorateClient
{
    /// <summary>Opens a case directly; returns its id.</summary>
    public static async Task<Guid> OpenCaseAsync(this HttpClient client, Guid? childId, string region = "120116001001")
    {
        var response = await client.PostAsJsonAsync("/api/procuratorate/cases",
            new { regionCode = region, childId, grounds = new[] { "guardian-failing-duties" }, summary = "监护人长期外出，儿童无人照料" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Json()).GetProperty("id").GetGuid();
    }
}

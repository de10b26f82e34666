using System.Net.Http.Json;
using System.Text.Json;

namespace ChildProtection.Web.Tests.Browser;

/// <summary>What a journey starts from, put in through the API the way other departments' work would have.</summary>
public static class Arrange
{
    /// <summary>Registers a child with the given parents' situations (each a PUT with the last ETag); returns the id.</summary>
    public static async Task<Guid> ChildAsync(HttpClient caseworker, string name, string gender, string birthDate, string village,
        params (string Parent, object Situation)[] parents)
    {
        var response = await caseworker.PostAsJsonAsync("/api/registry/children",
            new { name, gender, birthDate, regionCode = village, household = "rural" });
        response.EnsureSuccessStatusCode();
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var etag = response.Headers.ETag!.ToString();
        foreach (var (parent, situation) in parents)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/registry/children/{id}/parents/{parent}") { Content = JsonContent.Create(situation) };
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            var put = await caseworker.SendAsync(request);
            put.EnsureSuccessStatusCode();
            etag = put.Headers.ETag!.ToString();
        }
        return id;
    }

    /// <summary>A GB 11643 ID number for a birth date and gender, with its right check character.</summary>
    public static string NationalId(string region6, DateOnly birth, bool male, int sequence = 1)
    {
        var seq = sequence * 2 + (male ? 1 : 0);
        var first17 = $"{region6}{birth:yyyyMMdd}{seq % 1000:000}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    /// <summary>The same number with a check character that is wrong.</summary>
    public static string WithWrongCheckDigit(string id) => id[..17] + (id[17] == '1' ? '2' : '1');
}

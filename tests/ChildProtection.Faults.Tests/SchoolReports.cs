using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Testing;

namespace ChildProtection.Faults.Tests;

/// <summary>The load the fault tests put on the platform: children of one village, and a school's mandatory report about one of them.</summary>
internal static class SchoolReports
{
    public const string Village = "120116100207";

    /// <summary>Registers <paramref name="count"/> children (by a caseworker, through the gateway); their registry ids.</summary>
    public static async Task<List<Guid>> RegisterChildrenAsync(PlatformProcesses platform, int count = 5)
    {
        var caseworker = await platform.ClientAsync("civil-affairs", "caseworker", "120116");
        var children = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var created = await caseworker.PostAsJsonAsync("/api/registry/children", new
            {
                name = "童" + (char)(0x4E00 + Random.Shared.Next(0, 20000)) + (char)(0x4E00 + i), gender = i % 2 == 0 ? "female" : "male",
                birthDate = "2015-01-01", regionCode = Village, household = "rural",
            });
            created.EnsureSuccessStatusCode();
            children.Add(JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid());
        }
        return children;
    }

    /// <summary>A teacher files a report about <paramref name="child"/>: a child left alone at home.</summary>
    public static Task<HttpResponseMessage> FileAsync(HttpClient teacher, Guid child) => teacher.PostAsJsonAsync("/api/reporting/reports", new
    {
        reporter = new { unitType = "school", unitName = "滨海某小学", person = "李老师", contact = "13900000001" },
        channel = "web", child = new { childId = child }, situations = new[] { "abandoned-or-without-care" },
        observation = "Alone at home for a week.", observedAt = DateTimeOffset.UtcNow.AddHours(-2), urgency = "normal",
    });

    /// <summary>The report id of a 201 answer's body.</summary>
    public static Guid ReportId(string body) => JsonDocument.Parse(body).RootElement.GetProperty("reportId").GetGuid();
}

using System.Net.Http.Json;
using ChildProtection.Testing;
using static ChildProtection.Registry.Tests.RosterRequests;

namespace ChildProtection.Registry.Tests.Privacy;

/// <summary>Directors' and supervisors' phones: encrypted in events and roster tables, in full for civil affairs, masked for others.</summary>
public class StaffPhoneTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    [Fact]
    public async Task A_directors_phone_is_encrypted_in_the_event_and_the_roster_and_masked_for_other_departments()
    {
        var civilAffairs = registry.Caseworker();
        await civilAffairs.RegisterVillageAsync("120116100305", "海河村");
        var created = await (await civilAffairs.PostAsJsonAsync("/api/registry/directors",
            Director("120116100305", phone: "13911112222"))).JsonAsync();
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("13911112222", created.GetProperty("phone").GetString());

        Assert.Equal(0, await registry.Database.ScalarAsync("SELECT count(*) FROM registry.mt_events WHERE data::text LIKE '%13911112222%'"));
        Assert.Equal(0, await registry.Database.ScalarAsync("SELECT count(*) FROM registry.directors WHERE phone LIKE '%13911112222%'"));
        Assert.StartsWith("v1:k1:", await registry.Database.ScalarTextAsync($"SELECT phone FROM registry.directors WHERE id = '{id}'"),
            StringComparison.Ordinal);

        Assert.Equal("13911112222", (await (await civilAffairs.GetAsync($"/api/registry/directors/{id}")).JsonAsync()).GetProperty("phone").GetString());
        var education = registry.ClientAs("education", "teacher", "120116");
        Assert.Equal("139****2222", (await (await education.GetAsync($"/api/registry/directors/{id}")).JsonAsync()).GetProperty("phone").GetString());
        var page = await (await education.GetAsync("/api/registry/directors?region=120116100305")).JsonAsync();
        Assert.Equal("139****2222", Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("phone").GetString());
    }

    [Fact]
    public async Task A_supervisors_phone_is_encrypted_at_rest_and_masked_for_other_departments()
    {
        var (id, _) = await registry.Caseworker().RegisterSupervisorAsync("120116101");

        Assert.Equal(0, await registry.Database.ScalarAsync("SELECT count(*) FROM registry.mt_events WHERE data::text LIKE '%25801234%'"));
        Assert.Equal(0, await registry.Database.ScalarAsync("SELECT count(*) FROM registry.supervisors WHERE phone LIKE '%25801234%'"));
        var police = registry.ClientAs("police", "officer", "120116");
        Assert.Equal("022-****1234", (await (await police.GetAsync($"/api/registry/supervisors/{id}")).JsonAsync()).GetProperty("phone").GetString());
        Assert.Equal("022-25801234",
            (await (await registry.Caseworker().GetAsync($"/api/registry/supervisors/{id}")).JsonAsync()).GetProperty("phone").GetString());
    }
}

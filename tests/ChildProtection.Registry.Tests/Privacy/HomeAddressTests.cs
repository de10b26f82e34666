using System.Net;
using System.Net.Http.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Registry.Tests.Privacy;

/// <summary>The child's home address: encrypted in its event, the village and **** by default, in clear only to whoever goes to the home, audited.</summary>
public class HomeAddressTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private const string Address = "本溪县小市镇河东村三组12号";
    private readonly HttpClient _caseworker = registry.Caseworker("2105");

    private Task<(Guid Id, string ETag)> RegisterAsync(string? address) => _caseworker.RegisterAsync(new
    {
        name = RegistryClient.UniqueName(), gender = "male", birthDate = "2015-06-01", regionCode = "210521100200", household = "rural", address,
    });

    private static async Task<string?> AddressOf(HttpResponseMessage response)
    {
        var json = await response.Json();
        return json.GetProperty("homeAddress").GetProperty("value").GetString();
    }

    [Fact]
    public async Task The_address_is_stored_only_encrypted_and_shown_masked_unless_revealed_by_a_role_that_goes_to_the_home()
    {
        var (id, _) = await RegisterAsync(Address);

        var stored = await registry.Database.ScalarTextAsync($"SELECT string_agg(data::text, ' ') FROM registry.mt_events WHERE stream_id = '{id}'");
        Assert.DoesNotContain("河东村", stored, StringComparison.Ordinal);
        Assert.Contains("\"address\": \"v1:k1:", stored, StringComparison.Ordinal);

        Assert.Equal("210521100200 ****", await AddressOf(await _caseworker.GetAsync($"/api/registry/children/{id}")));
        var before = await registry.Database.ScalarAsync($"SELECT count(*) FROM audit.entries WHERE child_id = '{id}' AND detail = 'address=revealed'");
        Assert.Equal(Address, await AddressOf(await _caseworker.GetAsync($"/api/registry/children/{id}?reveal=address")));
        Assert.Equal(before + 1,
            await registry.Database.ScalarAsync($"SELECT count(*) FROM audit.entries WHERE child_id = '{id}' AND detail = 'address=revealed'"));
        Assert.Equal(Address, await AddressOf(await registry.ClientAs("police", "officer", "2105").GetAsync($"/api/registry/children/{id}?reveal=address")));

        var education = registry.ClientAs("education", "teacher", "2105");
        await (await education.GetAsync($"/api/registry/children/{id}?reveal=address")).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        Assert.Equal("210521100200 ****", await AddressOf(await education.GetAsync($"/api/registry/children/{id}")));
    }

    [Fact]
    public async Task A_child_without_an_address_has_none_and_a_correction_records_a_new_one_only_when_it_changes()
    {
        var (id, etag) = await RegisterAsync(null);
        var read = await (await _caseworker.GetAsync($"/api/registry/children/{id}")).Json();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.GetProperty("homeAddress").ValueKind);

        var body = new
        {
            name = read.GetProperty("name").GetString(), gender = "male", birthDate = "2015-06-01", regionCode = "210521100200", household = "rural",
            address = Address,
        };
        var corrected = await Put(id, body, etag);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var again = await Put(id, body, corrected.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        Assert.Equal(1, await registry.Database.ScalarAsync(
            $"SELECT count(*) FROM registry.mt_events WHERE stream_id = '{id}' AND type = 'registry.home-address-recorded.v1'"));
        Assert.Equal(Address, await AddressOf(await _caseworker.GetAsync($"/api/registry/children/{id}?reveal=address")));
    }

    private Task<HttpResponseMessage> Put(Guid id, object body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/registry/children/{id}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return _caseworker.SendAsync(request);
    }
}

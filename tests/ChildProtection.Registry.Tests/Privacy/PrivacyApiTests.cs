using System.Net;
using System.Net.Http.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Registry.Tests.Privacy;

/// <summary>ID numbers encrypted at rest and masked by default; every read of a file audited with its purpose before it is answered.</summary>
public class PrivacyApiTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private const string Number = "210521201506010011";
    private readonly HttpClient _caseworker = registry.Caseworker("2105");

    private Task<(Guid Id, string ETag)> RegisterAsync(string? nationalId = null) =>
        _caseworker.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName(), "2015-06-01", "210521100200", nationalId: nationalId));

    [Fact]
    public async Task The_number_is_stored_only_encrypted_and_shown_masked_unless_revealed_by_a_role_that_needs_it()
    {
        var (id, _) = await RegisterAsync(Number);

        var stored = await registry.Database.ScalarTextAsync($"SELECT string_agg(data::text, ' ') FROM registry.mt_events WHERE stream_id = '{id}'");
        Assert.DoesNotContain(Number, stored, StringComparison.Ordinal);
        await _caseworker.CaughtUpFileAsync(id);
        var filed = await registry.Database.ScalarTextAsync($"SELECT coalesce(string_agg(summary, ' '), '') FROM registry.child_file WHERE child_id = '{id}'");
        Assert.DoesNotContain(Number, filed, StringComparison.Ordinal);

        var masked = await (await _caseworker.GetAsync($"/api/registry/children/{id}")).Json();
        Assert.Equal("2105**********0011", masked.GetProperty("nationalId").GetProperty("value").GetString());

        var revealed = await (await _caseworker.GetAsync($"/api/registry/children/{id}?reveal=nationalId")).Json();
        Assert.Equal(Number, revealed.GetProperty("nationalId").GetProperty("value").GetString());

        var education = registry.ClientAs("education", "teacher", "2105");
        var refused = await education.GetAsync($"/api/registry/children/{id}?reveal=nationalId");
        await refused.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        var seen = await (await education.GetAsync($"/api/registry/children/{id}")).Json();
        Assert.True(seen.GetProperty("nameMasked").GetBoolean());
        Assert.Contains('*', seen.GetProperty("name").GetString()!);
    }

    [Fact]
    public async Task Reading_the_file_needs_a_stated_purpose_and_writes_an_audit_record_with_it()
    {
        var (id, _) = await RegisterAsync();

        var noPurpose = await _caseworker.GetAsync($"/api/registry/children/{id}/file");
        await noPurpose.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);

        var before = await registry.Database.ScalarAsync($"SELECT count(*) FROM audit.entries WHERE child_id = '{id}' AND action = 'GET /api/registry/children/{{id:guid}}/file'");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/registry/children/{id}/file");
        request.Headers.Add("X-Access-Purpose", "quarterly home visit");
        Assert.Equal(HttpStatusCode.OK, (await _caseworker.SendAsync(request)).StatusCode);

        Assert.Equal(before + 1, await registry.Database.ScalarAsync($"SELECT count(*) FROM audit.entries WHERE child_id = '{id}' AND action = 'GET /api/registry/children/{{id:guid}}/file'"));
        var record = await registry.Database.ScalarTextAsync(
            $"SELECT concat_ws('|', department, role, region, purpose, outcome, status) FROM audit.entries WHERE child_id = '{id}' AND action = 'GET /api/registry/children/{{id:guid}}/file' ORDER BY id DESC LIMIT 1");
        Assert.Equal("civil-affairs|caseworker|2105|quarterly home visit|success|200", record);
    }

    [Fact]
    public async Task A_read_outside_the_callers_region_is_audited_as_a_failed_attempt_on_that_child()
    {
        var (id, _) = await RegisterAsync();
        var other = registry.ClientAs("civil-affairs", "caseworker", "1502");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/registry/children/{id}/file");
        request.Headers.Add("X-Access-Purpose", "curiosity");
        Assert.Equal(HttpStatusCode.NotFound, (await other.SendAsync(request)).StatusCode);
        Assert.Equal(1, await registry.Database.ScalarAsync(
            $"SELECT count(*) FROM audit.entries WHERE region = '1502' AND action = 'GET /api/registry/children/{{id:guid}}/file' AND outcome = 'failed' AND status = 404 AND child_id = '{id}' AND purpose = 'curiosity'"));
    }
}

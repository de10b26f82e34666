using System.Net;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Registry.Tests.ChildFacts;

/// <summary>Work log, problem → solution pairs, guardianship changes and assessments, the carer's fitness.</summary>
public class FileAndGuardianshipTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private readonly HttpClient _caseworker = registry.Caseworker("1502");

    private Task<(Guid Id, string ETag)> RegisterAsync() =>
        _caseworker.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName("刘"), "2013-07-07", "150203100100"));

    [Fact]
    public async Task Problems_found_are_paired_with_their_solutions_and_work_log_entries_keep_their_text()
    {
        var (id, etag) = await RegisterAsync();
        var (etag2, _) = await _caseworker.ChangeAsync(HttpMethod.Post, $"/api/registry/children/{id}/file/notes",
            new { kind = "psychological-assessment", text = "School counsellor: anxiety, follow up monthly.", on = "2025-03-01" }, etag);
        var found = await _caseworker.SendAsync(HttpMethod.Post, $"/api/registry/children/{id}/file/problems",
            new { description = "Grandmother cannot supervise homework", foundOn = "2025-03-02" }, etag2);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var file = await _caseworker.FileAsync(id);
        var problemId = file.GetProperty("problems")[0].GetProperty("problemId").GetGuid();

        var early = await _caseworker.SendAsync(HttpMethod.Post, $"/api/registry/children/{id}/file/problems/{problemId}/solution",
            new { solution = "Volunteer tutor", solvedOn = "2025-03-01" }, found.Headers.ETag!.Tag);
        await early.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected);
        await _caseworker.ChangeAsync(HttpMethod.Post, $"/api/registry/children/{id}/file/problems/{problemId}/solution",
            new { solution = "Volunteer tutor twice a week (Youth League)", solvedOn = "2025-04-01" }, found.Headers.ETag!.Tag);

        file = await _caseworker.FileAsync(id);
        var problem = file.GetProperty("problems")[0];
        Assert.Equal("Volunteer tutor twice a week (Youth League)", problem.GetProperty("solution").GetString());
        Assert.Equal("psychological-assessment", file.GetProperty("workLog")[0].GetProperty("kind").GetString());

        var police = registry.ClientAs("police", "officer", "1502");
        var policeFile = await police.CaughtUpFileAsync(id);
        Assert.Empty(policeFile.GetProperty("workLog").EnumerateArray());
        Assert.NotEmpty(policeFile.GetProperty("entries").EnumerateArray());
    }

    [Fact]
    public async Task A_child_in_temporary_state_guardianship_returns_home_only_after_an_assessment_recommends_it()
    {
        var (id, etag) = await RegisterAsync();
        var noPlacement = await _caseworker.SendAsync(HttpMethod.Put, $"/api/registry/children/{id}/guardianship",
            new { status = "temporary-state", basis = "both parents detained", since = "2025-01-10" }, etag);
        await noPlacement.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);

        var (etag2, child) = await _caseworker.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{id}/guardianship",
            new { status = "temporary-state", placement = "foster-family", basis = "both parents detained", since = "2025-01-10" }, etag);
        Assert.Equal("foster-family", child.GetProperty("guardianship").GetProperty("placement").GetString());

        var home = new { status = "parental", basis = "mother released", since = "2025-06-01" };
        var refused = await _caseworker.SendAsync(HttpMethod.Put, $"/api/registry/children/{id}/guardianship", home, etag2);
        Assert.Equal("assessment-required", (await refused.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());

        var highRisk = await _caseworker.SendAsync(HttpMethod.Post, $"/api/registry/children/{id}/guardianship-assessments",
            new { assessedOn = "2025-05-20", riskLevel = "high", recommendation = "return-to-guardian", summary = "…" }, etag2);
        await highRisk.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);

        var (etag3, _) = await _caseworker.ChangeAsync(HttpMethod.Post, $"/api/registry/children/{id}/guardianship-assessments",
            new { assessedOn = "2025-05-20", riskLevel = "low", recommendation = "return-to-guardian", summary = "Mother stable, home visit done" }, etag2);
        var (_, back) = await _caseworker.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{id}/guardianship", home, etag3);
        Assert.Equal("parental", back.GetProperty("guardianship").GetProperty("status").GetString());
        Assert.Single(back.GetProperty("assessments").EnumerateArray());
    }

    [Fact]
    public async Task A_carer_with_an_abuse_record_is_recorded_with_a_warning_and_a_wrong_direct_relative_claim_is_400()
    {
        var (id, etag) = await RegisterAsync();
        var wrong = await _caseworker.SendAsync(HttpMethod.Put, $"/api/registry/children/{id}/carer",
            new { name = "孙某", relation = "neighbour", directRelative = true, since = "2024-01-01" }, etag);
        Assert.True((await wrong.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation)).GetProperty("errors").TryGetProperty("directRelative", out _));

        var (_, child) = await _caseworker.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{id}/carer",
            new { name = "孙某", relation = "uncle-or-aunt", unfitFlags = new[] { "abuse-record" }, agreement = new { signed = true, signedOn = "2024-01-02" }, since = "2024-01-01" }, etag);
        var carer = child.GetProperty("carer");
        var sameAgain = await _caseworker.SendAsync(HttpMethod.Put, $"/api/registry/children/{id}/carer",
            new { name = "孙某", relation = "uncle-or-aunt", unfitFlags = new[] { "abuse-record" }, agreement = new { signed = true, signedOn = "2024-01-02" }, since = "2024-01-01" },
            (await _caseworker.GetAsync($"/api/registry/children/{id}")).Headers.ETag!.Tag);
        Assert.Equal(child.GetProperty("version").GetInt64(), (await sameAgain.Json()).GetProperty("version").GetInt64()); // nothing appended
        Assert.False(carer.GetProperty("directRelative").GetBoolean());
        Assert.Contains("art. 22", carer.GetProperty("warnings")[0].GetString(), StringComparison.Ordinal);
    }
}

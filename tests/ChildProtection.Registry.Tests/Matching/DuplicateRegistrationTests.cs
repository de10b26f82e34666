using System.Net;
using System.Net.Http.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Registry.Tests.Matching;

/// <summary>Registering a child who may already have a file: 409 with the candidates, unless the caseworker confirms with a reason.</summary>
public class DuplicateRegistrationTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private readonly HttpClient _binhai = registry.Caseworker("120116");

    [Fact]
    public async Task The_same_name_birth_date_and_village_is_409_with_the_candidate_until_confirmed_with_a_reason()
    {
        var name = RegistryClient.UniqueName("王");
        var (first, _) = await _binhai.RegisterAsync(RegistryClient.Child(name, "2014-04-04", "120116100201"));
        var streams = await registry.Database.ScalarAsync("SELECT count(*) FROM registry.mt_streams");

        var again = await _binhai.PostAsJsonAsync("/api/registry/children", RegistryClient.Child(name, "2014-04-04", "120116100201"));
        var problem = await again.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.PossibleDuplicate);
        Assert.True(problem.GetProperty("canOverride").GetBoolean());
        var candidate = Assert.Single(problem.GetProperty("candidates").EnumerateArray());
        Assert.Equal(first, candidate.GetProperty("id").GetGuid());
        Assert.Equal(0.9, candidate.GetProperty("score").GetDouble());
        Assert.NotEqual(name, candidate.GetProperty("name").GetString());
        Assert.Equal(streams, await registry.Database.ScalarAsync("SELECT count(*) FROM registry.mt_streams"));

        var (second, _) = await _binhai.RegisterAsync(RegistryClient.Child(name, "2014-04-04", "120116100201",
            confirmNotDuplicate: "namesake: different parents, checked with the village committee"));
        Assert.NotEqual(first, second);
        var file = await _binhai.FileAsync(second);
        var note = Assert.Single(file.GetProperty("workLog").EnumerateArray());
        Assert.Equal("duplicate-check", note.GetProperty("kind").GetString());
        Assert.Contains(first.ToString(), note.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_national_id_number_is_409_and_cannot_be_overridden_even_from_another_district()
    {
        await _binhai.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName(), "2015-03-02", "120116100201", nationalId: "120116201503020033"));
        var other = registry.Caseworker("120101");

        var response = await other.PostAsJsonAsync("/api/registry/children",
            RegistryClient.Child(RegistryClient.UniqueName(), "2015-03-02", "120101001001", nationalId: "120116201503020033", confirmNotDuplicate: "sure"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.PossibleDuplicate);
        Assert.False(problem.GetProperty("canOverride").GetBoolean());
        var candidate = Assert.Single(problem.GetProperty("candidates").EnumerateArray());
        Assert.False(candidate.GetProperty("inYourJurisdiction").GetBoolean());
        Assert.Equal("120116", candidate.GetProperty("regionCode").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, candidate.GetProperty("id").ValueKind);
    }

    [Theory]
    [InlineData("120116201503020034", "check digit")]
    [InlineData("120116201503030039", "birth date")]
    public async Task A_wrong_national_id_number_is_400_and_not_echoed(string number, string reason)
    {
        var response = await _binhai.PostAsJsonAsync("/api/registry/children",
            RegistryClient.Child(RegistryClient.UniqueName(), "2015-03-02", "120116100201", nationalId: number));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var message = problem.GetProperty("errors").GetProperty("nationalId")[0].GetString()!;
        Assert.Contains(reason, message, StringComparison.Ordinal);
        Assert.DoesNotContain(number, problem.ToString(), StringComparison.Ordinal);
    }
}

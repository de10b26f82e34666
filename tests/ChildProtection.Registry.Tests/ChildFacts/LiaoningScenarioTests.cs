using System.Net;
using System.Net.Http.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Registry.Tests.ChildFacts;

/// <summary>
/// The Liaoning plan's scenario through the API: father working away, mother imprisoned for two years, grandmother caring
/// without an agreement, in a Benxi (Liaoning) village.
/// </summary>
public class LiaoningScenarioTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private const string Village = "210521100200";
    private readonly HttpClient _benxi = registry.Caseworker("2105");

    private async Task<(Guid Id, string ETag, System.Text.Json.JsonElement Child)> ScenarioAsync(string carerRelation = "paternal-grandparent", bool? directRelative = null)
    {
        var today = registry.Today;
        var (id, etag) = await _benxi.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName(), today.AddYears(-9).ToString("yyyy-MM-dd"), Village, "female"));
        (etag, _) = await _benxi.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{id}/parents/father",
            new { situation = "working-away", since = today.AddYears(-2).ToString("yyyy-MM-dd") }, etag);
        (etag, _) = await _benxi.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{id}/parents/mother",
            new { situation = "imprisoned", since = today.AddMonths(-3).ToString("yyyy-MM-dd"), expectedEnd = today.AddMonths(21).ToString("yyyy-MM-dd") }, etag);
        var (newTag, child) = await _benxi.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{id}/carer",
            new { name = "王秀英", relation = carerRelation, directRelative, agreement = new { signed = false }, since = today.AddYears(-2).ToString("yyyy-MM-dd") }, etag);
        return (id, newTag, child);
    }

    [Fact]
    public async Task The_categories_are_computed_with_reasons_and_the_file_shows_every_step()
    {
        var (id, _, child) = await ScenarioAsync();

        var leftBehind = Assert.Single(child.GetProperty("categories").EnumerateArray());
        Assert.Equal("rural-left-behind", leftBehind.GetProperty("code").GetString());
        var reasons = leftBehind.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains(reasons, r => r.StartsWith("father working away since", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("mother lacks guardianship capacity: imprisoned", StringComparison.Ordinal));

        var file = await _benxi.CaughtUpFileAsync(id);
        var summaries = file.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("summary").GetString()!).ToList();
        Assert.Contains("File opened in the registry", summaries);
        Assert.Contains(summaries, s => s.StartsWith("mother: imprisoned since", StringComparison.Ordinal));
        Assert.Contains(summaries, s => s.StartsWith("Category rural-left-behind since", StringComparison.Ordinal));
        Assert.Contains(summaries, s => s.StartsWith("Care delegated to a paternal-grandparent (direct relative), no written agreement", StringComparison.Ordinal));
        Assert.DoesNotContain(summaries, s => s.Contains("王秀英", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Liaonings_pack_requires_a_written_agreement_for_a_carer_who_is_not_a_direct_relative()
    {
        var (_, _, aunt) = await ScenarioAsync("uncle-or-aunt");
        var check = aunt.GetProperty("careAgreement");
        Assert.True(check.GetProperty("required").GetBoolean());
        Assert.False(check.GetProperty("compliant").GetBoolean());
        Assert.Equal("benxi", check.GetProperty("packId").GetString());
        var rule = Assert.Single(check.GetProperty("rules").EnumerateArray());
        Assert.True(rule.GetProperty("applies").GetBoolean());
        Assert.Contains("委托非直系亲属照护的要签订委托照护协议书", rule.GetProperty("source").GetString(), StringComparison.Ordinal);

        // The grandmother is a direct relative: the rule is shown, and does not apply to her.
        var (_, _, grandmother) = await ScenarioAsync();
        var notRequired = grandmother.GetProperty("careAgreement");
        Assert.False(notRequired.GetProperty("required").GetBoolean());
        Assert.False(Assert.Single(notRequired.GetProperty("rules").EnumerateArray()).GetProperty("applies").GetBoolean());
    }

    [Fact]
    public async Task A_rural_single_parent_family_is_a_category_in_Liaoning_but_not_in_Tianjin()
    {
        var (benxiChild, etag) = await _benxi.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName(), "2014-01-01", Village));
        var (_, child) = await _benxi.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{benxiChild}/parents/father", new { situation = "dead", since = "2022-01-01" }, etag);
        Assert.Equal(["single-parent-family"], child.Codes());

        var tianjin = registry.Caseworker("12");
        var (tianjinChild, etag2) = await tianjin.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName(), "2014-01-01", "120116100201"));
        var (_, other) = await tianjin.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{tianjinChild}/parents/father", new { situation = "dead", since = "2022-01-01" }, etag2);
        Assert.Empty(other.Codes());
    }

    [Fact]
    public async Task A_change_with_a_stale_etag_is_409_and_without_one_428_and_nothing_is_stored()
    {
        var (id, etag, _) = await ScenarioAsync();
        var stale = await _benxi.SendAsync(HttpMethod.Put, $"/api/registry/children/{id}/parents/father",
            new { situation = "present", since = "2024-01-01" }, "\"2\"");
        await stale.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.ConcurrencyConflict);

        var missing = await _benxi.PutAsJsonAsync($"/api/registry/children/{id}/parents/father", new { situation = "present", since = "2024-01-01" });
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);

        var read = await _benxi.GetAsync($"/api/registry/children/{id}");
        Assert.Equal(etag, read.Headers.ETag!.Tag);
    }

    [Theory]
    [InlineData("{\"situation\":\"on-holiday\",\"since\":\"2024-01-01\"}", "situation")]
    [InlineData("{\"situation\":\"working-away\",\"since\":\"2999-01-01\"}", "since")]
    [InlineData("{\"situation\":\"working-away\",\"since\":\"2024-01-01\",\"expectedEnd\":\"2025-01-01\"}", "expectedEnd")]
    [InlineData("{\"situation\":\"severe-disability\",\"since\":\"2024-01-01\"}", "disability")]
    [InlineData("{\"situation\":\"severe-disability\",\"since\":\"2024-01-01\",\"disability\":{\"type\":\"mental\",\"grade\":7}}", "disability.grade")]
    public async Task A_bad_parent_situation_is_400_naming_the_field_and_changes_nothing(string body, string field)
    {
        var (id, etag, _) = await ScenarioAsync();
        var response = await _benxi.SendAsync(HttpMethod.Put, $"/api/registry/children/{id}/parents/mother",
            System.Text.Json.JsonDocument.Parse(body).RootElement, etag);
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(etag, (await _benxi.GetAsync($"/api/registry/children/{id}")).Headers.ETag!.Tag);
    }

    [Fact]
    public async Task A_caseworker_of_another_province_cannot_see_or_change_the_child()
    {
        var (id, etag, _) = await ScenarioAsync();
        var tianjin = registry.Caseworker("12");
        Assert.Equal(HttpStatusCode.NotFound, (await tianjin.GetAsync($"/api/registry/children/{id}")).StatusCode);
        var change = await tianjin.SendAsync(HttpMethod.Put, $"/api/registry/children/{id}/parents/father", new { situation = "present", since = "2024-01-01" }, etag);
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        var list = await (await tianjin.GetAsync("/api/registry/children?region=21")).Json();
        Assert.Equal(0, list.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task When_the_mother_is_released_the_child_leaves_the_category_with_the_reason()
    {
        var (id, etag, _) = await ScenarioAsync();
        var today = registry.Today;
        var (_, child) = await _benxi.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{id}/parents/mother",
            new { situation = "present", since = today.ToString("yyyy-MM-dd") }, etag);
        Assert.Empty(child.GetProperty("categories").EnumerateArray());

        var file = await _benxi.CaughtUpFileAsync(id);
        Assert.Contains(file.GetProperty("entries").EnumerateArray(),
            e => e.GetProperty("summary").GetString()!.StartsWith("Left category rural-left-behind", StringComparison.Ordinal));
    }
}

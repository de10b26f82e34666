using System.Net;
using System.Net.Http.Json;

namespace ChildProtection.Registry.Tests.Categories;

/// <summary>(A Yunnan village: national rules, no single-parent category.) The daily review, driven by the service's TimeProvider: birthdays and the six-month lost-contact threshold pass with no new fact.</summary>
public class CategoryReviewApiTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private readonly HttpClient _caseworker = registry.Caseworker("53");

    [Fact]
    public async Task When_the_clock_passes_a_16th_birthday_and_six_months_of_lost_contact_the_categories_change_with_no_new_fact()
    {
        var today = registry.Today;
        var lostOn = today.AddMonths(-6).AddDays(5);

        // Almost 16, father working away, mother lost: left behind until the birthday.
        var birth = today.AddYears(-16).AddDays(10);
        var (older, etag) = await _caseworker.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName(), birth.ToString("yyyy-MM-dd"), "530102001001"));
        (etag, _) = await _caseworker.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{older}/parents/father", new { situation = "working-away", since = "2020-01-01" }, etag);
        var (_, child) = await _caseworker.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{older}/parents/mother",
            new { situation = "lost-contact", since = lostOn.ToString("yyyy-MM-dd") }, etag);
        Assert.Equal(["rural-left-behind"], child.Codes());

        // Father dead, mother lost for not yet six months: no category yet.
        var (younger, etag2) = await _caseworker.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName(), "2016-02-02", "530102001001"));
        (etag2, _) = await _caseworker.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{younger}/parents/father", new { situation = "dead", since = "2020-01-01" }, etag2);
        (_, child) = await _caseworker.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{younger}/parents/mother",
            new { situation = "lost-contact", since = lostOn.ToString("yyyy-MM-dd") }, etag2);
        Assert.Empty(child.Codes());
        Assert.Equal(lostOn.AddMonths(6).ToString("yyyy-MM-dd"), child.GetProperty("nextCategoryReview").GetString());

        registry.Clock.Advance(TimeSpan.FromDays(11));
        var review = await registry.Operator().PostAsync("/api/registry/operations/category-review", null);
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.True((await review.Json()).GetProperty("changed").GetInt32() >= 2);

        Assert.Empty((await (await _caseworker.GetAsync($"/api/registry/children/{older}")).Json()).Codes());
        var entries = (await _caseworker.CaughtUpFileAsync(older)).GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("summary").GetString()!).ToList();
        Assert.Contains($"Left category rural-left-behind on {birth.AddYears(16):yyyy-MM-dd}: turned 16 on {birth.AddYears(16):yyyy-MM-dd}", entries);

        var after = await (await _caseworker.GetAsync($"/api/registry/children/{younger}")).Json();
        Assert.Equal(["de-facto-unsupported"], after.Codes());
        Assert.Equal(lostOn.AddMonths(6).ToString("yyyy-MM-dd"), after.GetProperty("categories")[0].GetProperty("since").GetString());

        var again = await registry.Operator().PostAsync("/api/registry/operations/category-review", null);
        Assert.Equal(0, (await again.Json()).GetProperty("changed").GetInt32());
    }

    [Fact]
    public async Task Only_an_operator_may_run_the_review()
    {
        var response = await _caseworker.PostAsync("/api/registry/operations/category-review", null);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

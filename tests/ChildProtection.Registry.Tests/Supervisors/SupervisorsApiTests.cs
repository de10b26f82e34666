using System.Net;
using System.Net.Http.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Registry.Tests;

public class SupervisorsApiTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    [Fact]
    public async Task Registering_a_supervisor_returns_201_and_the_supervisor_is_listed_in_its_region_only()
    {
        var client = registry.Caseworker();
        var (id, etag) = await client.RegisterSupervisorAsync("120116100");

        Assert.Equal("\"1\"", etag);
        var page = await (await client.GetAsync("/api/registry/supervisors?region=120116")).JsonAsync();
        var supervisor = Assert.Single(page.GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        Assert.Equal("120116100", supervisor.GetProperty("townshipCode").GetString());
        Assert.True(supervisor.GetProperty("active").GetBoolean());

        var outsider = registry.Caseworker("1405");
        Assert.Equal(0, (await (await outsider.GetAsync("/api/registry/supervisors")).JsonAsync()).GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/registry/supervisors/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("王建国", "022-25801234", "12011610", "townshipCode")]
    [InlineData("王建国", "022-25801234", "120116100201", "townshipCode")]
    [InlineData("王建国", "022-25801234", "120116000", "townshipCode")]
    [InlineData("", "022-25801234", "120116100", "name")]
    [InlineData("王建国", "25801234", "120116100", "phone")]
    public async Task Invalid_supervisor_input_is_400_naming_the_field_and_nothing_is_stored(string name, string phone, string township, string field)
    {
        var before = await registry.Database.ScalarAsync("SELECT count(*) FROM registry.mt_streams");
        var response = await registry.Caseworker().PostAsJsonAsync("/api/registry/supervisors", new { name, phone, townshipCode = township });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(before, await registry.Database.ScalarAsync("SELECT count(*) FROM registry.mt_streams"));
    }

    [Fact]
    public async Task Leaving_needs_the_current_if_match_and_then_marks_the_supervisor_inactive()
    {
        var client = registry.Caseworker();
        var (id, etag) = await client.RegisterSupervisorAsync("120116101");
        var url = $"/api/registry/supervisors/{id}/leave";
        var body = new { leftOn = "2025-03-31", reason = "退休" };

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await client.PostIfMatchAsync(url, body, null)).StatusCode);
        await (await client.PostIfMatchAsync(url, body, "\"2\"")).AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.ConcurrencyConflict);
        var invalid = await client.PostIfMatchAsync(url, new { leftOn = "2999-01-01", reason = "" }, etag);
        var errors = (await invalid.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("leftOn", out _) && errors.TryGetProperty("reason", out _));
        var left = await client.PostIfMatchAsync(url, body, etag);

        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        Assert.Equal("\"2\"", left.Headers.ETag?.Tag);
        var supervisor = await (await client.GetAsync($"/api/registry/supervisors/{id}")).JsonAsync();
        Assert.False(supervisor.GetProperty("active").GetBoolean());
        Assert.Equal("退休", supervisor.GetProperty("leaveReason").GetString());
    }
}

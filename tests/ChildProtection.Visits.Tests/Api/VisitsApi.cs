using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Testing;
using Registry = ChildProtection.Contracts.Registry;

namespace ChildProtection.Visits.Tests.Api;

/// <summary>Helpers for the API tests: children brought into scope through registry events, JSON reads.</summary>
public static class VisitsApi
{
    public static async Task<JsonElement> Json(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>Registers a child and puts it in a category through registry events; waits for its plan.</summary>
    public static async Task<Guid> ChildInScopeAsync(this VisitsFactory visits, string village, string category = "rural-left-behind",
        Guid? directorId = null)
    {
        var id = Guid.NewGuid();
        var now = visits.Clock.GetUtcNow();
        await visits.PublishAsync(new Registry.ChildRegistered(id, village, "female", new DateOnly(2015, 3, 1), "rural", now));
        await visits.PublishAsync(new Registry.ChildCategoryEntered(id, category, ["both-parents-working-away"], visits.Today, now));
        if (directorId is { } director) await visits.PublishAsync(new Registry.ChildDirectorAssigned(id, director, now));
        await visits.PlanAsync(id, village, p => directorId is null || p.GetProperty("directorId").GetString() == directorId.ToString());
        return id;
    }

    /// <summary>Waits until the child's plan satisfies <paramref name="condition"/>; returns it.</summary>
    public static async Task<JsonElement> PlanAsync(this VisitsFactory visits, Guid childId, string region, Func<JsonElement, bool> condition)
    {
        var client = visits.Caseworker(region[..6]);
        JsonElement plan = default;
        await Eventually.TrueAsync(async () =>
        {
            var response = await client.GetAsync($"/api/visits/plans/{childId}");
            if (response.StatusCode != HttpStatusCode.OK) return false;
            plan = await response.Json();
            return condition(plan);
        }, TimeSpan.FromSeconds(30), "the plan follows the registry's events");
        return plan;
    }

    public static string DueOn(this JsonElement plan, string duty) =>
        plan.GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("code").GetString() == duty).GetProperty("dueOn").GetString()!;

    public static object HomeVisit(DateTimeOffset at, params object[] findings) => new
    {
        kind = "home-visit", occurredAt = at, place = "the child's home", seen = new[] { "child", "carer" }, findings, notes = "visited after school",
    };

    public static Task<HttpResponseMessage> RecordAsync(this HttpClient client, Guid childId, object visit, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/visits/plans/{childId}/visits") { Content = JsonContent.Create(visit) };
        if (ifMatch is not null) request.Headers.IfMatch.ParseAdd(ifMatch);
        return client.SendAsync(request);
    }
}

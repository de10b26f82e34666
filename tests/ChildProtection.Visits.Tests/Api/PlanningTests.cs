using ChildProtection.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Registry = ChildProtection.Contracts.Registry;

namespace ChildProtection.Visits.Tests.Api;

/// <summary>Plans follow the registry's events: opened, re-planned, closed; each message handled once.</summary>
public class PlanningTests(VisitsFactory visits) : IClassFixture<VisitsFactory>
{
    private const string Village = "120116100201";

    [Fact]
    public async Task A_child_entering_a_category_gets_a_plan_that_follows_risk_director_village_and_leaving()
    {
        var id = await visits.ChildInScopeAsync(Village);
        var today = visits.Today;
        var now = visits.Clock.GetUtcNow();
        var plan = await visits.PlanAsync(id, Village, _ => true);
        Assert.Equal("open", plan.GetProperty("status").GetString());
        Assert.Equal(today.AddMonths(1).ToString("yyyy-MM-dd"), plan.DueOn("contact"));
        Assert.Equal(today.AddMonths(3).ToString("yyyy-MM-dd"), plan.DueOn("home-visit"));

        await visits.PublishAsync(new Registry.ChildRiskFactorFlagged(id, "child-disability", today, now));
        plan = await visits.PlanAsync(id, Village, p => p.GetProperty("riskCadence").GetBoolean());
        Assert.Equal(today.AddMonths(1).ToString("yyyy-MM-dd"), plan.DueOn("home-visit"));

        var director = Guid.NewGuid();
        await visits.PublishAsync(new Registry.ChildDirectorAssigned(id, director, now));
        await visits.PublishAsync(new Registry.ChildDetailsCorrected(id, "120116100202", "female", new DateOnly(2015, 3, 1), "rural", now));
        plan = await visits.PlanAsync(id, Village, p => p.GetProperty("regionCode").GetString() == "120116100202");
        Assert.Equal(director.ToString(), plan.GetProperty("directorId").GetString());

        await visits.PublishAsync(new Registry.ChildRiskFactorCleared(id, "child-disability", today, now));
        await visits.PublishAsync(new Registry.ChildCategoryLeft(id, "rural-left-behind", ["turned-16"], today, now));
        plan = await visits.PlanAsync(id, Village, p => p.GetProperty("status").GetString() == "closed");
        Assert.Empty(plan.GetProperty("duties").EnumerateArray());
        Assert.Equal(1, await visits.Database.ScalarAsync($"SELECT count(*) FROM visits.mt_events WHERE stream_id = '{id}' AND type = 'visits.plan-opened.v1'"));
        Assert.Equal(1, await visits.Database.ScalarAsync($"SELECT count(*) FROM visits.mt_events WHERE stream_id = '{id}' AND type = 'visits.plan-closed.v1'"));
    }

    [Fact]
    public async Task A_redelivered_registry_message_is_applied_once()
    {
        var id = await visits.ChildInScopeAsync(Village);
        var messageId = Guid.NewGuid();
        var flagged = new Registry.ChildRiskFactorFlagged(id, "psychological-or-behavioural-abnormality", visits.Today, visits.Clock.GetUtcNow());
        var bus = visits.Services.GetRequiredService<IBus>();
        await bus.Publish(flagged, c => c.MessageId = messageId);
        await bus.Publish(flagged, c => c.MessageId = messageId);
        await visits.PlanAsync(id, Village, p => p.GetProperty("riskCadence").GetBoolean());
        await Eventually.TrueAsync(async () => await visits.Database.ScalarAsync(
            $"SELECT count(*) FROM visits.mt_doc_inboxmark WHERE id = 'visits-registry-facts/{messageId:N}'") == 1, TimeSpan.FromSeconds(10), "the message is marked handled");

        Assert.Equal(1, await visits.Database.ScalarAsync($"SELECT count(*) FROM visits.mt_events WHERE stream_id = '{id}' AND type = 'visits.plan-replanned.v1'"));
    }

    [Fact]
    public async Task A_child_in_no_category_has_no_plan()
    {
        var id = Guid.NewGuid();
        await visits.PublishAsync(new Registry.ChildRegistered(id, Village, "male", new DateOnly(2012, 1, 1), "urban", visits.Clock.GetUtcNow()));
        await Eventually.TrueAsync(async () => await visits.Database.ScalarAsync($"SELECT count(*) FROM visits.children WHERE child_id = '{id}'") == 1,
            TimeSpan.FromSeconds(30), "the registry facts are kept");

        Assert.Equal(0, await visits.Database.ScalarAsync($"SELECT count(*) FROM visits.mt_events WHERE stream_id = '{id}'"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await visits.Caseworker("120116").GetAsync($"/api/visits/plans/{id}")).StatusCode);
    }
}

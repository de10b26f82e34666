using System.Collections.Concurrent;
using System.Net;
using ChildProtection.Contracts.Police;
using ChildProtection.Court.GuidanceOrders;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Published = ChildProtection.Contracts.Court;

namespace ChildProtection.Court.Tests.Api;

/// <summary>家庭教育指导令 (from a police referral or a judge), 司法建议 with its one-month reply, and what the court publishes.</summary>
public class GuidanceAndRecommendationApiTests(CourtFactory court) : IClassFixture<CourtFactory>
{
    private const string Village = "120116001001";

    private sealed class ServedConsumer(ConcurrentBag<Published.ProtectionOrderServed> received) : IConsumer<Published.ProtectionOrderServed>
    {
        public Task Consume(ConsumeContext<Published.ProtectionOrderServed> context)
        {
            received.Add(context.Message);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_police_referral_opens_one_proceeding_and_the_order_completes_after_its_sessions()
    {
        var bus = court.Services.GetRequiredService<IBus>();
        var referral = new FamilyEducationGuidanceRefusalReferredToCourt(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Village, "滨海新区人民法院",
            DateTimeOffset.UtcNow, "officer-9");
        await bus.Publish(referral);
        await bus.Publish(referral);
        var id = PoliceRefusalReferralConsumer.OrderIdFor(referral.OrderId);
        await Eventually.TrueAsync(async () => (await court.Judge().GetAsync($"/api/court/guidance-orders/{id}")).IsSuccessStatusCode,
            TimeSpan.FromSeconds(30), "the referral opens a proceeding");
        await Task.Delay(1000);
        Assert.Equal(1, await court.Database.ScalarAsync($"SELECT count(*) FROM court.mt_events WHERE stream_id = '{id}'"));

        var read = await court.Judge().GetAsync($"/api/court/guidance-orders/{id}");
        var opened = await read.Json();
        Assert.Equal("police-referral", opened.GetProperty("source").GetString());
        var etag = read.Headers.ETag!.Tag;
        var early = await court.Clerk().PostWithIfMatchAsync($"/api/court/guidance-orders/{id}/sessions", new { heldOn = court.Today.Date(), attended = true }, etag);
        Assert.Equal("order-not-in-force", (await early.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
        (etag, _) = await court.Judge().ChangeAsync($"/api/court/guidance-orders/{id}/issue",
            new { basis = "refused-guidance", provider = "区妇联家庭教育指导中心", sessions = 2, completeBy = court.Today.AddMonths(2).Date() }, etag);
        (etag, _) = await court.Clerk().ChangeAsync($"/api/court/guidance-orders/{id}/sessions", new { heldOn = court.Today.Date(), attended = true }, etag);
        var (etag2, done) = await court.Clerk().ChangeAsync($"/api/court/guidance-orders/{id}/sessions", new { heldOn = court.Today.Date(), attended = true }, etag);
        Assert.Equal("completed", done.GetProperty("status").GetString());
        var breach = await court.Judge().PostWithIfMatchAsync($"/api/court/guidance-orders/{id}/breach", new { description = "拒不参加", sanction = "admonition" }, etag2);
        Assert.Equal(HttpStatusCode.Conflict, breach.StatusCode);
    }

    [Fact]
    public async Task A_police_referral_from_a_county_level_case_opens_a_proceeding_the_county_court_sees()
    {
        // Police cases are opened at county (6), township (9) or village (12) level; a refusal referred from any of them must reach the court.
        var bus = court.Services.GetRequiredService<IBus>();
        var referral = new FamilyEducationGuidanceRefusalReferredToCourt(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "120116", "滨海新区人民法院",
            DateTimeOffset.UtcNow, "officer-9");
        await bus.Publish(referral);
        var id = PoliceRefusalReferralConsumer.OrderIdFor(referral.OrderId);
        await Eventually.TrueAsync(async () => (await court.Judge().GetAsync($"/api/court/guidance-orders/{id}")).IsSuccessStatusCode,
            TimeSpan.FromSeconds(30), "the county-level referral opens a proceeding");
        Assert.Equal(HttpStatusCode.NotFound, (await court.Judge("120101").GetAsync($"/api/court/guidance-orders/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_judge_opens_a_guidance_order_and_a_breach_closes_it()
    {
        var (id, etag, _) = await court.Judge().CreateAsync("/api/court/guidance-orders", new { childId = Guid.NewGuid(), regionCode = Village, basis = "failed-after-guidance" });
        (etag, _) = await court.Judge().ChangeAsync($"/api/court/guidance-orders/{id}/issue",
            new { basis = "failed-after-guidance", provider = "学校家长学校", sessions = 4, completeBy = court.Today.AddMonths(3).Date() }, etag);
        var (_, breached) = await court.Judge().ChangeAsync($"/api/court/guidance-orders/{id}/breach", new { description = "拒不参加", sanction = "fine" }, etag);
        Assert.Equal("breached", breached.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_judicial_recommendation_is_overdue_once_after_a_month_without_reply()
    {
        var (id, etag, issued) = await court.Judge().CreateAsync("/api/court/judicial-recommendations",
            new { childId = Guid.NewGuid(), regionCode = Village, unit = "某某小学", content = "落实强制报告制度" });
        Assert.Equal(court.Today.AddMonths(1).Date(), issued.GetProperty("replyDue").GetString());
        var (replied, repliedEtag, _) = await court.Judge().CreateAsync("/api/court/judicial-recommendations",
            new { childId = Guid.NewGuid(), regionCode = Village, unit = "某某中学", content = "完善门卫制度" });
        await court.Clerk().ChangeAsync($"/api/court/judicial-recommendations/{replied}/reply", new { receivedOn = court.Today.Date(), summary = "已整改" }, repliedEtag);

        court.Clock.Advance(TimeSpan.FromDays(28));
        await court.ScanDeadlinesAsync();
        Assert.Equal("awaiting-reply", (await (await court.Judge().GetAsync($"/api/court/judicial-recommendations/{id}")).Json()).GetProperty("status").GetString());
        court.Clock.Advance(TimeSpan.FromDays(4));
        await court.ScanDeadlinesAsync();
        await court.ScanDeadlinesAsync();
        Assert.Equal(1, await court.Database.ScalarAsync($"SELECT count(*) FROM court.mt_events WHERE stream_id = '{id}' AND type = 'court.judicial-recommendation-reply-overdue.v1'"));
        Assert.Equal(0, await court.Database.ScalarAsync($"SELECT count(*) FROM court.mt_events WHERE stream_id = '{replied}' AND type = 'court.judicial-recommendation-reply-overdue.v1'"));
        var current = (await court.Judge().GetAsync($"/api/court/judicial-recommendations/{id}")).Headers.ETag!.Tag;
        var stale = await court.Clerk().PostWithIfMatchAsync($"/api/court/judicial-recommendations/{id}/reply", new { receivedOn = court.Today.Date(), summary = "已整改" }, etag);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var (_, late) = await court.Clerk().ChangeAsync($"/api/court/judicial-recommendations/{id}/reply", new { receivedOn = court.Today.Date(), summary = "已整改" }, current);
        Assert.True(late.GetProperty("replyLate").GetBoolean());
    }

    [Fact]
    public async Task Service_is_published_for_the_police_and_village_committee_with_measures_and_validity()
    {
        var received = new ConcurrentBag<Published.ProtectionOrderServed>();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(received);
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        builder.Services.AddMassTransit(x =>
        {
            x.AddConsumer<ServedConsumer>().Endpoint(e => { e.Name = $"test-served-{Guid.NewGuid():N}"; e.Temporary = true; });
            x.UsingRabbitMq((ctx, cfg) =>
            {
                cfg.Host("127.0.0.1", (ushort)LocalServers.RabbitPort, court.VirtualHost, h => { h.Username("guest"); h.Password("guest"); });
                cfg.ConfigureEndpoints(ctx);
            });
        });
        using var host = builder.Build();
        await host.StartAsync();

        var child = Guid.NewGuid();
        var (id, etag, _) = await court.ClientAs("women-federation", "officer", "120116").CreateAsync("/api/court/protection-orders", new
        {
            childId = child, regionCode = Village, form = "written", respondentRelation = "step-parent", respondentName = "欧阳某",
            requestedMeasures = new[] { "no-violence" }, facts = "继父殴打", urgent = true,
        });
        (etag, _) = await court.Judge().ChangeAsync($"/api/court/protection-orders/{id}/issue",
            new { measures = new[] { "no-violence", "exclusion-zone-home" }, validUntil = court.Today.AddMonths(6).Date() }, etag);
        await court.Clerk().ChangeAsync($"/api/court/protection-orders/{id}/service", new { servedOn = new[] { "police", "village-committee" } }, etag);

        await Eventually.TrueAsync(() => received.Any(r => r.OrderId == id), TimeSpan.FromSeconds(30), "ProtectionOrderServed published");
        var served = received.Single(r => r.OrderId == id);
        Assert.Equal(child, served.ChildId);
        Assert.Equal(Village, served.RegionCode);
        Assert.Equal(["no-violence", "exclusion-zone-home"], served.Measures);
        Assert.Equal(court.Today.AddMonths(6), served.ValidUntil);
        Assert.Equal(["police", "village-committee"], served.ServedOn);
        Assert.DoesNotContain("欧阳", served.FileSummary, StringComparison.Ordinal);
        await host.StopAsync();
    }
}

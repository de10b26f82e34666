using System.Collections.Concurrent;
using System.Net.Http.Json;
using ChildProtection.Contracts.ChildFile;
using ChildProtection.Contracts.Police;
using ChildProtection.Procuratorate.Cases.Referrals;
using ChildProtection.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Published = ChildProtection.Contracts.Procuratorate;

namespace ChildProtection.Procuratorate.Tests.Api;

/// <summary>Over the real RabbitMQ (the factory's own virtual host): police referrals in, child-file events out.</summary>
public class MessagingTests(ProcuratorateFactory service) : IClassFixture<ProcuratorateFactory>
{
    private sealed class Received : ConcurrentBag<IChildFileEvent>;

    private sealed class FileConsumer(Received received) : IConsumer<IChildFileEvent>
    {
        public Task Consume(ConsumeContext<IChildFileEvent> context)
        {
            received.Add(context.Message);
            return Task.CompletedTask;
        }
    }

    private sealed class OrderConsumer(ConcurrentBag<Published.SupervisionOrderIssued> received) : IConsumer<Published.SupervisionOrderIssued>
    {
        public Task Consume(ConsumeContext<Published.SupervisionOrderIssued> context)
        {
            received.Add(context.Message);
            return Task.CompletedTask;
        }
    }

    private sealed class RecommendationConsumer(ConcurrentBag<Published.ProcuratorialRecommendationIssued> received)
        : IConsumer<Published.ProcuratorialRecommendationIssued>
    {
        public Task Consume(ConsumeContext<Published.ProcuratorialRecommendationIssued> context)
        {
            received.Add(context.Message);
            return Task.CompletedTask;
        }
    }

    private async Task<IHost> StartBusAsync(Action<IBusRegistrationConfigurator> consumers, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder();
        services?.Invoke(builder.Services);
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        builder.Services.AddMassTransit(x =>
        {
            consumers(x);
            x.UsingRabbitMq((ctx, cfg) =>
            {
                cfg.Host("127.0.0.1", (ushort)LocalServers.RabbitPort, service.VirtualHost, h => { h.Username("guest"); h.Password("guest"); });
                cfg.ConfigureEndpoints(ctx);
            });
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    [Fact]
    public async Task A_police_referral_opens_one_case_even_when_delivered_twice_under_different_message_ids()
    {
        using var host = await StartBusAsync(_ => { });
        var bus = host.Services.GetRequiredService<IBus>();
        var referral = new PoliceCaseReferredToProcuratorate(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "120116001002",
            ["admonition-ignored"], "训诫后监护人仍不履行监护职责", DateTimeOffset.UtcNow, "officer-7");
        var messageId = Guid.NewGuid();
        await bus.Publish(referral, ctx => ctx.MessageId = messageId);
        await bus.Publish(referral, ctx => ctx.MessageId = messageId);

        var caseId = PoliceReferralConsumer.CaseIdFor(referral.ReferralId);
        var prosecutor = service.Prosecutor();
        await Eventually.TrueAsync(async () => (await prosecutor.GetAsync($"/api/procuratorate/cases/{caseId}")).IsSuccessStatusCode,
            TimeSpan.FromSeconds(30), "the referral should open a case");
        await Eventually.TrueAsync(async () => await service.Database.ScalarAsync(
                $"SELECT count(*) FROM procuratorate.mt_doc_inboxmark WHERE id = 'procuratorate-police-referral/{messageId:N}'") == 1,
            TimeSpan.FromSeconds(30), "the inbox should record the message");
        // The same referral re-sent under another message id (after the first opened the case: deliveries are not ordered) opens nothing more.
        await bus.Publish(referral, ctx => ctx.MessageId = Guid.NewGuid());
        await Task.Delay(1000);

        var view = await (await prosecutor.GetAsync($"/api/procuratorate/cases/{caseId}")).Json();
        Assert.Equal("police-referral", view.GetProperty("source").GetString());
        Assert.Equal(referral.CaseId, view.GetProperty("policeCaseId").GetGuid());
        Assert.Equal(referral.ChildId, view.GetProperty("childId").GetGuid());
        Assert.Equal(1, await service.Database.ScalarAsync($"SELECT count(*) FROM procuratorate.mt_events WHERE stream_id = '{caseId}'"));
        Assert.Equal(1, await service.Database.ScalarAsync($"SELECT count(*) FROM procuratorate.cases WHERE referral_id = '{referral.ReferralId}'"));
    }

    [Fact]
    public async Task A_supervision_order_is_published_as_a_child_file_event_without_the_guardians_names()
    {
        var files = new Received();
        var orders = new ConcurrentBag<Published.SupervisionOrderIssued>();
        var recommendations = new ConcurrentBag<Published.ProcuratorialRecommendationIssued>();
        using var host = await StartBusAsync(x =>
        {
            x.AddConsumer<FileConsumer>().Endpoint(e => { e.Name = $"test-file-{Guid.NewGuid():N}"; e.Temporary = true; });
            x.AddConsumer<OrderConsumer>().Endpoint(e => { e.Name = $"test-order-{Guid.NewGuid():N}"; e.Temporary = true; });
            x.AddConsumer<RecommendationConsumer>().Endpoint(e => { e.Name = $"test-recommendation-{Guid.NewGuid():N}"; e.Temporary = true; });
        }, s => s.AddSingleton(files).AddSingleton(orders).AddSingleton(recommendations));

        var prosecutor = service.Prosecutor();
        var child = Guid.NewGuid();
        var caseId = await prosecutor.OpenCaseAsync(child);
        var (orderId, _, _) = await prosecutor.CreateAsync($"/api/procuratorate/cases/{caseId}/supervision-orders",
            new { guardians = new[] { "欧阳建国" }, content = "履行监护职责" });

        await Eventually.TrueAsync(() => orders.Any(o => o.OrderId == orderId), TimeSpan.FromSeconds(30), "SupervisionOrderIssued published");
        await Eventually.TrueAsync(() => files.Count(f => f.ChildId == child) == 2, TimeSpan.FromSeconds(30), "case opened and order issued filed");
        var issued = orders.Single(o => o.OrderId == orderId);
        Assert.Equal(1, issued.GuardianCount);
        Assert.Equal(3, issued.PlannedCheckIns.Count);
        Assert.All(files.Where(f => f.ChildId == child), f => Assert.Equal("procuratorate", f.FileSource));
        Assert.DoesNotContain(files, f => f.FileSummary.Contains("欧阳", StringComparison.Ordinal));

        // A case about no particular child publishes no file entry.
        var noChild = await prosecutor.OpenCaseAsync(null);
        await prosecutor.CreateAsync($"/api/procuratorate/cases/{noChild}/recommendations", new { unit = "某某中学", content = "落实强制报告" });
        var withChild = await prosecutor.OpenCaseAsync(child);
        await prosecutor.CreateAsync($"/api/procuratorate/cases/{withChild}/recommendations", new { unit = "某某中学", content = "落实强制报告" });
        await Eventually.TrueAsync(() => recommendations.Any(r => r.CaseId == withChild), TimeSpan.FromSeconds(30), "the child's recommendation published");
        Assert.DoesNotContain(recommendations, r => r.CaseId == noChild);
        Assert.DoesNotContain(files, f => f.ChildId == Guid.Empty);
    }
}

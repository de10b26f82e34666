using System.Net.Http.Json;
using ChildProtection.Contracts.Police;
using ChildProtection.Contracts.Reporting;
using ChildProtection.Testing;
using MassTransit;

namespace ChildProtection.Police.Tests.Cases;

[Collection(PoliceCollection.Name)]
public class ReportConsumerTests(PoliceFactory police)
{
    private static MandatoryReportAccepted Report(string department = "police") => new(Guid.NewGuid(), Guid.NewGuid(), department, Guid.NewGuid(),
        "120116100201", ["abandoned-or-without-care"], "urgent", DateTimeOffset.UtcNow.AddHours(-3), DateTimeOffset.UtcNow, "officer-7");

    [Fact]
    public async Task A_report_accepted_by_the_police_opens_one_case_pending_review_even_when_delivered_twice()
    {
        var report = Report();
        var messageId = Guid.NewGuid();
        await police.Bus.Publish(report, ctx => ctx.MessageId = messageId);
        await police.Bus.Publish(report, ctx => ctx.MessageId = messageId);
        await police.Bus.Publish(report); // another message for the same routing: still one case

        var opened = await police.WaitFor<PoliceCaseOpened>(m => m.RoutingId == report.RoutingId, "the case is published back to Reporting");
        Assert.Equal(report.ReportId, opened.ReportId);
        Assert.Equal(report.ChildId, opened.ChildId);
        Assert.Equal("pending-review", opened.CaseKind);
        var marker = Report();
        await police.Bus.Publish(marker);
        await police.WaitFor<PoliceCaseOpened>(m => m.RoutingId == marker.RoutingId, "a later report is handled after the duplicates");
        Assert.Equal(1, await police.Database.ScalarAsync($"SELECT count(*) FROM police.cases WHERE routing_id = '{report.RoutingId}'"));
        Assert.Single(police.Received<PoliceCaseOpened>(), m => m.RoutingId == report.RoutingId);

        var view = await (await police.Officer().GetAsync($"/api/police/cases/{opened.CaseId}")).Json();
        Assert.Equal("mandatory-report", view.GetProperty("source").GetString());
        Assert.Equal(report.RoutingId, view.GetProperty("routingId").GetGuid());
    }

    [Fact]
    public async Task A_report_accepted_by_civil_affairs_opens_no_police_case()
    {
        var report = Report("civil-affairs");
        await police.Bus.Publish(report);
        var marker = Report();
        await police.Bus.Publish(marker);
        await police.WaitFor<PoliceCaseOpened>(m => m.RoutingId == marker.RoutingId, "the later police report is handled");
        Assert.Equal(0, await police.Database.ScalarAsync($"SELECT count(*) FROM police.cases WHERE routing_id = '{report.RoutingId}'"));
    }

    [Fact]
    public async Task A_case_from_an_unmatched_report_gets_its_child_later_and_only_then_writes_to_the_childs_file()
    {
        var report = Report() with { ChildId = null };
        await police.Bus.Publish(report);
        var opened = await police.WaitFor<PoliceCaseOpened>(m => m.RoutingId == report.RoutingId, "case opened");
        var officer = police.Officer();
        var admonished = await officer.AdmonishAsync(opened.CaseId);
        Assert.Equal(System.Net.HttpStatusCode.Created, admonished.StatusCode);

        var current = await officer.GetAsync($"/api/police/cases/{opened.CaseId}");
        var child = police.RegisteredChild();
        var identified = await officer.SendAsync(HttpMethod.Put, $"/api/police/cases/{opened.CaseId}/child", new { childId = child },
            current.Headers.ETag!.Tag);
        Assert.Equal(System.Net.HttpStatusCode.OK, identified.StatusCode);
        var second = await officer.AdmonishAsync(opened.CaseId, "李四");
        var secondId = (await second.Json()).GetProperty("id").GetGuid();

        var published = await police.WaitFor<GuardianAdmonished>(m => m.AdmonitionId == secondId, "the admonition after the child is known is filed");
        Assert.Equal(child, published.ChildId);
        Assert.Single(police.Received<GuardianAdmonished>(), m => m.CaseId == opened.CaseId);
        Assert.DoesNotContain(police.Received<PoliceCaseMilestoneRecorded>(), m => m.CaseId == opened.CaseId);
    }

    [Fact]
    public async Task A_case_from_an_unmatched_report_names_the_child_by_itself_when_reporting_matches_the_report()
    {
        var report = Report() with { ChildId = null };
        await police.Bus.Publish(report);
        var opened = await police.WaitFor<PoliceCaseOpened>(m => m.RoutingId == report.RoutingId, "case opened");

        // Reporting matched the report's provisional child to a registry child and publishes the report for the child's file.
        var child = police.RegisteredChild();
        var matched = new ReportFiled(report.ReportId, child, report.RegionCode, "web", report.Situations, report.Urgency, report.ObservedAt,
            report.AcceptedAt.AddHours(-1));
        var messageId = Guid.NewGuid();
        await police.Bus.Publish(matched, ctx => ctx.MessageId = messageId);
        await Eventually.TrueAsync(async () => await police.Database.ScalarTextAsync(
            $"SELECT coalesce(child_id::text, '') FROM police.cases WHERE id = '{opened.CaseId}'") == child.ToString(), TimeSpan.FromSeconds(30), "the case names the child");

        // Redelivered, or another report's match: no second naming; an instrument from now on reaches the child's file.
        await police.Bus.Publish(matched, ctx => ctx.MessageId = messageId);
        await police.Bus.Publish(matched with { ChildId = police.RegisteredChild() });
        var admonished = await police.Officer().AdmonishAsync(opened.CaseId);
        var admonitionId = (await admonished.Json()).GetProperty("id").GetGuid();
        Assert.Equal(child, (await police.WaitFor<GuardianAdmonished>(m => m.AdmonitionId == admonitionId, "the admonition is filed")).ChildId);
        Assert.Equal(1, await police.Database.ScalarAsync(
            $"SELECT count(*) FROM police.mt_events WHERE stream_id = '{opened.CaseId}' AND type = 'police.case-child-identified.v1'"));
    }
}

using ChildProtection.Reporting.Reports;
using ChildProtection.Jurisdictions;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.Time;

namespace ChildProtection.Reporting.Tests;

/// <summary>Given events, when a command, then events or a rejection: no database.</summary>
public class ReportDecisionTests
{
    private static readonly MandatoryReportingPolicy Policy = PolicyPacks.Load().Resolve("120116").MandatoryReporting;
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 1, 0, 0, TimeSpan.Zero);

    private static Report Filed(params string[] situations)
    {
        var id = Guid.NewGuid();
        var command = new FileReport(id, "BG250301-ABCDEF", "hash", "web", new Reporter("school", "A school", "A teacher", "13800000000"),
            new ReportedChild(Guid.NewGuid(), null, "120116102305", []), situations.Length == 0 ? ["other-serious-harm"] : situations, "seen", T0.AddHours(-1),
            "urgent", null, [], "teacher", Policy, At(T0));
        return Apply(null, FileReport.Decide(command, null))!;
    }

    private static Moment At(DateTimeOffset now) => new(now, ChinaDate.On(now));

    private static IReadOnlyList<object> Overdue(Report state, DateTimeOffset now) =>
        ((Decision.Accepted)RecordOverdueRoutings.Decide(new RecordOverdueRoutings(At(now)), state)).Events;

    private static Report? Apply(Report? state, Decision decision) =>
        ((Decision.Accepted)decision).Events.Aggregate(state, Report.Evolve);

    [Fact]
    public void Filing_routes_with_the_acceptance_deadline_of_the_pack()
    {
        var report = Filed("abandoned-or-without-care");
        Assert.Equal(["police", "civil-affairs"], report.Routings.Select(r => r.Department));
        Assert.All(report.Routings, r => Assert.Equal(T0.AddHours(24), r.AcceptDueAt));
        Assert.Equal("received", report.ReporterStatus);
    }

    [Fact]
    public void A_routing_is_accepted_once()
    {
        var report = Filed();
        var routing = report.Routings[0].Id;
        var accepted = Apply(report, AcceptRouting.Decide(new AcceptRouting(routing, "officer", Policy, At(T0.AddHours(1))), report))!;
        Assert.Equal(T0.AddHours(1).AddDays(30), accepted.Routings[0].OutcomeDueAt);
        var again = Assert.IsType<Decision.Rejected>(AcceptRouting.Decide(new AcceptRouting(routing, "officer", Policy, At(T0.AddHours(2))), accepted));
        Assert.Equal("routing-not-awaiting-acceptance", again.Code);
    }

    [Fact]
    public void Transfer_closes_the_routing_and_opens_one_for_the_other_department_with_a_fresh_deadline()
    {
        var report = Filed();
        var police = report.Routings[0];
        var now = T0.AddHours(3);
        var moved = Apply(report, TransferRouting.Decide(new TransferRouting(police.Id, "civil-affairs", "No offence; guardianship problem.", "officer", Policy, At(now)), report))!;
        Assert.Equal(RoutingStatus.Transferred, moved.RoutingOf(police.Id)!.Status);
        var civil = moved.Routings.Single(r => r.Department == "civil-affairs");
        Assert.Equal(police.Id, civil.TransferredFrom);
        Assert.Equal(now.AddHours(24), civil.AcceptDueAt);
        Assert.Equal("transfer-to-same-department", Assert.IsType<Decision.Rejected>(TransferRouting.Decide(new TransferRouting(civil.Id, "civil-affairs", "x", "c", Policy, At(now)), moved)).Code);
    }

    [Fact]
    public void A_transfer_to_a_department_that_already_holds_the_report_is_refused()
    {
        var report = Filed("abandoned-or-without-care");
        var police = report.Routings.Single(r => r.Department == "police");
        Assert.Equal("department-already-has-report",
            Assert.IsType<Decision.Rejected>(TransferRouting.Decide(new TransferRouting(police.Id, "civil-affairs", "x", "officer", Policy, At(T0)), report)).Code);
    }

    [Fact]
    public void Each_overdue_is_detected_once_per_routing()
    {
        var report = Filed();
        var routing = report.Routings[0].Id;
        Assert.Empty(Overdue(report, T0.AddHours(24)));
        var late = Overdue(report, T0.AddHours(25));
        Assert.IsType<AcceptanceOverdue>(Assert.Single(late));
        report = late.Aggregate((Report?)report, Report.Evolve)!;
        Assert.Empty(Overdue(report, T0.AddHours(26)));

        report = Apply(report, AcceptRouting.Decide(new AcceptRouting(routing, "officer", Policy, At(T0.AddHours(26))), report))!;
        var handling = Assert.Single(Overdue(report, T0.AddHours(26).AddDays(31)));
        report = Report.Evolve(report, Assert.IsType<HandlingOverdue>(handling))!;
        Assert.Empty(Overdue(report, T0.AddDays(60)));

        var outcomeAt = T0.AddDays(60);
        report = Apply(report, RecordRoutingOutcome.Decide(new RecordRoutingOutcome(routing, "case-filed", "Criminal case 2025-17", "officer", Policy, At(outcomeAt)), report))!;
        Assert.Empty(Overdue(report, outcomeAt.AddDays(7)));
        var feedback = Assert.Single(Overdue(report, outcomeAt.AddDays(8)));
        report = Report.Evolve(report, Assert.IsType<FeedbackOverdue>(feedback))!;
        Assert.Empty(Overdue(report, outcomeAt.AddDays(9)));
    }

    [Fact]
    public void Feedback_tells_the_reporter_a_fixed_sentence_never_the_departments_summary()
    {
        var report = Filed();
        var routing = report.Routings[0].Id;
        report = Apply(report, AcceptRouting.Decide(new AcceptRouting(routing, "officer", Policy, At(T0)), report))!;
        report = Apply(report, RecordRoutingOutcome.Decide(new RecordRoutingOutcome(routing, "case-filed", "Father detained, case 2025-17", "officer", Policy, At(T0)), report))!;
        var fed = (OutcomeFedBack)((Decision.Accepted)RecordFeedback.Decide(new RecordFeedback(routing, "phone", "officer", At(T0)), report)).Events[0];
        Assert.Equal(ReporterMessages.ActionTaken, fed.Message);
        Assert.DoesNotContain("2025-17", fed.Message);
    }

    [Fact]
    public void Reports_about_the_same_child_and_situation_in_the_window_are_linked()
    {
        var earlier = new EarlierReport(Guid.NewGuid(), ["other-serious-harm", "organised-begging"]);
        var unrelated = new EarlierReport(Guid.NewGuid(), ["other-danger"]);
        var command = new FileReport(Guid.NewGuid(), "BG250301-ABCDEG", "hash", "web", new Reporter("school", "A school", "A teacher", "1"),
            new ReportedChild(Guid.NewGuid(), null, "120116102305", []), ["other-serious-harm"], "seen", T0, "urgent", null, [earlier, unrelated], "t", Policy, At(T0));
        var links = ((Decision.Accepted)FileReport.Decide(command, null)).Events.OfType<DuplicateLinked>().ToList();
        Assert.Equal(earlier.ReportId, Assert.Single(links).EarlierReportId);
        Assert.Equal(["other-serious-harm"], links[0].CommonSituations);
    }

    [Fact]
    public void A_provisional_child_is_matched_once_and_never_moved_to_another_registry_child()
    {
        var id = Guid.NewGuid();
        var provisional = new ProvisionalChild(Guid.NewGuid(), "刘后登记", new DateOnly(2016, 2, 2), "male");
        var command = new FileReport(id, "BG250301-ABCDEF", "hash", "web", new Reporter("school", "A school", "A teacher", "13800000000"),
            new ReportedChild(null, provisional, "120116102305", []), ["abandoned-or-without-care"], "seen", T0.AddHours(-1), "urgent", null, [], "teacher", Policy, At(T0));
        var report = Apply(null, FileReport.Decide(command, null))!;
        var child = Guid.NewGuid();

        var linked = Assert.IsType<ProvisionalChildLinked>(Assert.Single(((Decision.Accepted)LinkProvisionalChild.Decide(new LinkProvisionalChild(child, "officer", At(T0.AddDays(3))), report)).Events));
        Assert.Equal((provisional.ProvisionalId, child, T0), (linked.ProvisionalId, linked.ChildId, linked.FiledAt));
        var matched = Report.Evolve(report, linked)!;
        Assert.Equal(child, matched.Filed.Child.ChildId);

        Assert.Empty(((Decision.Accepted)LinkProvisionalChild.Decide(new LinkProvisionalChild(child, "officer", At(T0.AddDays(4))), matched)).Events);
        Assert.Equal("child-already-matched", Assert.IsType<Decision.Rejected>(LinkProvisionalChild.Decide(new LinkProvisionalChild(Guid.NewGuid(), "officer", At(T0.AddDays(4))), matched)).Code);
        Assert.Equal("child-already-matched", Assert.IsType<Decision.Rejected>(LinkProvisionalChild.Decide(new LinkProvisionalChild(Guid.NewGuid(), "officer", At(T0)), Filed())).Code);
    }
}

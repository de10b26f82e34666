using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.Time;
using ChildProtection.Visits.Escalations;
using ChildProtection.Visits.Plans;
using ChildProtection.Visits.Recording;
using static ChildProtection.Visits.Tests.Plans;

namespace ChildProtection.Visits.Tests.Escalations;

/// <summary>Findings produce the escalation events others consume.</summary>
public class FindingEscalationTests
{
    private static readonly DateTimeOffset Now = new(2025, 5, 6, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly Moment At = new(Now, ChinaDate.On(Now));

    private static IReadOnlyList<object> Record(Plan plan, params Finding[] findings)
    {
        var command = new VisitCommand("home-visit", "in-person", Now.AddHours(-2), "child's home", ["child", "carer"], findings, "notes");
        var decision = Assert.IsType<Decision.Accepted>(RecordVisit.Decide(new RecordVisit(Guid.NewGuid(), command, "director-1", PolicyOf(plan.RegionCode), At), plan));
        Assert.IsType<VisitRecorded>(decision.Events[0]);
        return decision.Events;
    }

    [Fact]
    public void Signs_of_harm_request_a_mandatory_report_with_the_director_as_reporter()
    {
        var plan = Open(Tianjin, D(2025, 1, 5));
        var events = Record(plan, new Finding("signs-of-harm", "bruises on both arms"), new Finding("needs-relief", null));

        var report = Assert.Single(events.OfType<MandatoryReportRequested>());
        Assert.Equal(plan.DirectorId, report.DirectorId);
        Assert.Equal(["signs-of-harm"], report.Findings);
        Assert.Contains("bruises on both arms", report.Observation);
        Assert.Equal("director-1", report.RecordedBy);
    }

    [Fact]
    public void A_safety_hazard_is_danger_and_also_requests_a_mandatory_report()
    {
        Assert.Single(Record(Open(Tianjin, D(2025, 1, 5)), new Finding("safety-hazard", "open well next to the house")).OfType<MandatoryReportRequested>());
    }

    [Fact]
    public void In_Baotou_a_failing_carer_is_reported_to_the_parents_and_the_township_supervisor_then_the_township_government()
    {
        var plan = Open(Baotou, D(2025, 1, 5));
        var first = Assert.Single(Record(plan, new Finding("carer-unable-or-unwilling", "grandmother bedridden")).OfType<CarerFailureEscalated>());
        Assert.Equal(FindingEscalations.FirstNotice, first.Stage);
        Assert.Equal(["parents", "township-supervisor"], first.Notify);

        var afterFirst = Record(plan, new Finding("carer-unable-or-unwilling", null)).Aggregate((Plan?)plan, Plan.Evolve)!;
        var again = Assert.Single(Record(afterFirst, new Finding("carer-unable-or-unwilling", "still refuses")).OfType<CarerFailureEscalated>());
        Assert.Equal(FindingEscalations.RefusedAfterAdmonishment, again.Stage);
        Assert.Equal(["parents", "township-supervisor", "township-government"], again.Notify);
    }

    [Fact]
    public void Elsewhere_a_failing_carer_is_reported_to_the_parents_only_and_a_good_visit_ends_the_escalation()
    {
        var plan = Open(Benxi, D(2025, 1, 5));
        var first = Assert.Single(Record(plan, new Finding("carer-unable-or-unwilling", null)).OfType<CarerFailureEscalated>());
        Assert.Equal(["parents"], first.Notify);

        var escalated = Record(plan, new Finding("carer-unable-or-unwilling", null)).Aggregate((Plan?)plan, Plan.Evolve)!;
        Assert.NotNull(escalated.CarerFailureEscalatedOn);
        var resolved = Record(escalated).Aggregate((Plan?)escalated, Plan.Evolve)!;
        Assert.Null(resolved.CarerFailureEscalatedOn);
        Assert.Equal(FindingEscalations.FirstNotice,
            Assert.Single(Record(resolved, new Finding("carer-unable-or-unwilling", null)).OfType<CarerFailureEscalated>()).Stage);
    }

    [Fact]
    public void Psychological_abnormality_relief_need_and_dropout_each_lead_to_their_department()
    {
        var events = Record(Open(Jincheng, D(2025, 1, 5)),
            new Finding("psychological-or-behavioural-abnormality", "withdrawn, self-harm marks"),
            new Finding("needs-relief", "no income since father's imprisonment"),
            new Finding("dropout-signal", "not at school for three weeks"));

        Assert.Contains("withdrawn", Assert.Single(events.OfType<HealthReferralRecorded>()).Observation);
        var relief = Assert.Single(events.OfType<ReliefAssessmentRequested>());
        Assert.Contains("needs-relief", relief.Reasons);
        Assert.Equal("no income since father's imprisonment", relief.Note);
        Assert.Contains("three weeks", Assert.Single(events.OfType<DropoutSignalReported>()).Observation);
        Assert.Empty(events.OfType<MandatoryReportRequested>());
        Assert.Empty(events.OfType<CarerFailureEscalated>());
    }

    [Fact]
    public void A_visit_without_findings_escalates_nothing()
    {
        Assert.Single(Record(Open(Tianjin, D(2025, 1, 5))));
    }

    [Fact]
    public void A_closed_plan_rejects_the_visit()
    {
        var closed = Open(Tianjin, D(2025, 1, 5)) with { Open = false };
        var command = new VisitCommand("contact", "phone", Now, "phone", ["child"], [], null);
        Assert.IsType<Decision.Rejected>(RecordVisit.Decide(new RecordVisit(Guid.NewGuid(), command, "u", PolicyOf(Tianjin), At), closed));
    }
}

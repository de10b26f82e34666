using ChildProtection.Jurisdictions;
using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Outbox;
using ChildProtection.Testing.Domain;

namespace ChildProtection.Reporting.Tests.Domain;

/// <summary>What the police case does to the report's police routing, as pure decisions: given the report's events, when a command, then events or a rejection.</summary>
public sealed class PoliceRoutingDecisionTests
{
    private static readonly MandatoryReportingPolicy Policy = PolicyPacks.Load().Resolve("120116").MandatoryReporting;
    private static readonly Guid ReportId = Guid.NewGuid(), Child = Guid.NewGuid(), Case = Guid.NewGuid();
    private static readonly Guid Police = DeterministicGuid.ForMessage(ReportId, 1);
    private static readonly DateTimeOffset FiledAt = new(2026, 3, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly Moment Later = new(FiledAt.AddHours(5), new DateOnly(2026, 3, 1));

    private static readonly ReportFiled Filed = new(ReportId, "BG260301-ABCDEF", "hash", "web", new Reporter("school", "A school", "v1:k1:x", "v1:k1:y"),
        new ReportedChild(Child, null, "120116102305", []), ["other-serious-harm"], "seen", FiledAt.AddHours(-1), "urgent", null, FiledAt, "teacher");

    private static readonly ReportRouted RoutedToPolice = new(ReportId, Police, "police", "120116102305", Child, ["other-serious-harm"], "urgent",
        FiledAt.AddHours(24), null, FiledAt);

    private static Spec<Report> Given(params object[] events) => Spec.For<Report>(Report.Evolve).Given(Filed, RoutedToPolice).Given(events);

    [Fact]
    public void A_police_case_is_a_step_of_the_police_routing_even_before_its_acceptance_arrived() =>
        Given()
            .When(s => RecordPoliceCaseOpened.Decide(new RecordPoliceCaseOpened(null, Case, "criminal", Later), s))
            .Then(new HandlingStepRecorded(ReportId, Police, RecordPoliceCaseOpened.StepIdFor(Case), "case-opened", "Police case opened (criminal).", Case,
                Later.Now, "police"));

    [Fact]
    public void The_same_police_case_again_changes_nothing() =>
        Given(new HandlingStepRecorded(ReportId, Police, RecordPoliceCaseOpened.StepIdFor(Case), "case-opened", "Police case opened (criminal).", Case,
                Later.Now, "police"))
            .When(s => RecordPoliceCaseOpened.Decide(new RecordPoliceCaseOpened(Police, Case, "criminal", Later), s))
            .Then();

    [Fact]
    public void A_department_records_steps_only_once_it_has_accepted() =>
        Given()
            .When(s => RecordHandlingStep.Decide(new RecordHandlingStep(Police, Guid.NewGuid(), "visited-child", "Visited.", "officer-1", Later), s))
            .ThenRejected("routing-not-being-handled");

    [Fact]
    public void The_police_outcome_starts_the_feedback_clock_and_the_same_outcome_again_changes_nothing()
    {
        var recorded = Given()
            .When(s => RecordPoliceCaseOutcome.Decide(new RecordPoliceCaseOutcome(null, Case, "criminal-case-filed", "Detained.", Policy, Later), s))
            .Then(new RoutingOutcomeRecorded(ReportId, Police, "criminal-case-filed", "Detained.", Case, Later.Now.AddDays(Policy.FeedbackWithinDays), Later.Now,
                "police"));
        Given([.. recorded])
            .When(s => RecordPoliceCaseOutcome.Decide(new RecordPoliceCaseOutcome(Police, Case, "criminal-case-filed", "Detained.", Policy, Later), s))
            .Then();
    }

    [Fact]
    public void A_police_message_about_a_report_never_routed_to_the_police_is_refused() =>
        Spec.For<Report>(Report.Evolve)
            .Given(Filed, RoutedToPolice with { RoutingId = Guid.NewGuid(), Department = "civil-affairs" })
            .When(s => RecordPoliceCaseOutcome.Decide(new RecordPoliceCaseOutcome(null, Case, "criminal-case-filed", "Detained.", Policy, Later), s))
            .ThenRejected("no-police-routing");
}

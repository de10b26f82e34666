using ChildProtection.Registry.ChildFile;
using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.ChangingGuardianship;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Children.RecordingParents;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Testing.Domain;

namespace ChildProtection.Registry.Tests.Domain;

/// <summary>A child's decisions as pure functions: given the child's events, when a command (with its categories), then events or a refusal.</summary>
public sealed class ChildDecisionTests
{
    private static readonly Guid Id = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);
    private static readonly Moment At = new(Now, new DateOnly(2026, 11, 22));
    private static readonly ChildRegistered Registered =
        new(Id, new ChildDetails("王小明", Gender.Male, new DateOnly(2015, 3, 2), "120116100201", Household.Rural), Now.AddDays(-30));

    private sealed class National : IRegistryPolicies
    {
        public RegistryPolicy For(string regionCode) => RegistryPolicy.National;
    }

    private static ParentSituation WorkingAway(DateOnly since) => new(ParentSituationKind.WorkingAway, since, null, null);

    private static Spec<Child> AChild() => Spec.For<Child>(Child.Evolve);

    [Fact]
    public void The_second_parent_working_away_makes_a_rural_child_left_behind_in_the_same_decision() =>
        AChild().Given(Registered, new ParentSituationRecorded(Id, ParentRole.Father, WorkingAway(new DateOnly(2023, 1, 1)), Now.AddDays(-1)))
            .When(s => ChildDecisions.WithCategories(
                RecordParentSituation.Decide(new RecordParentSituation(Id, ParentRole.Mother, WorkingAway(new DateOnly(2023, 2, 1)), At), s), s, At, new National()))
            .Then(
                new ParentSituationRecorded(Id, ParentRole.Mother, WorkingAway(new DateOnly(2023, 2, 1)), Now),
                new CategoryEntered(Id, CategoryCodes.RuralLeftBehind,
                    ["father working away since 2023-01-01", "mother working away since 2023-02-01", "both parents work away", "rural household, under 16"],
                    new DateOnly(2023, 2, 1), Now));

    [Fact]
    public void A_fact_dated_before_the_childs_birth_is_refused_per_field() =>
        Assert.Contains("since", Assert.IsType<Decision.Invalid>(ChangeGuardianship.Decide(new ChangeGuardianship(Id,
            new Guardianship(GuardianshipStatus.TemporaryState, Placement.FosterFamily, null, "both parents detained", new DateOnly(2014, 1, 1)), At),
            AChild().Given(Registered).State)).Errors.Keys);

    [Fact]
    public void A_problem_is_solved_once_and_not_before_it_was_found()
    {
        var problem = Guid.NewGuid();
        var found = AChild().Given(Registered, new ProblemFound(Id, problem, "Grandmother cannot supervise homework", new DateOnly(2026, 3, 2), Now));
        found.When(s => RecordProblemSolution.Decide(new RecordProblemSolution(Id, problem, "Volunteer tutor", new DateOnly(2026, 3, 1), At), s))
            .ThenRejected("solved-before-found");
        found.Given(new ProblemSolved(Id, problem, "Volunteer tutor", new DateOnly(2026, 4, 1), Now))
            .When(s => RecordProblemSolution.Decide(new RecordProblemSolution(Id, problem, "Again", new DateOnly(2026, 4, 2), At), s))
            .ThenRejected("problem-already-solved");
    }

    [Fact]
    public void A_judgment_already_applied_decides_nothing_and_reconciles_nothing()
    {
        var judgment = new ChildProtection.Contracts.Court.GuardianshipRevocationJudged(Guid.NewGuid(), Guid.NewGuid(), Id, "120116100201", true,
            ["father", "mother"], "civil-affairs", new DateOnly(2025, 9, 1), Now);
        var command = ApplyRevocationJudgment.Of(judgment);
        var applied = AChild().Given(Registered).When(s => ChildDecisions.WithCategories(ApplyRevocationJudgment.Decide(command, s), s, command.At, new National()))
            .ThenAccepted();
        Assert.Contains(applied, e => e is CategoryEntered { Category: CategoryCodes.DeFactoUnsupported });

        Assert.Empty(AChild().Given([Registered, .. applied])
            .When(s => ChildDecisions.WithCategories(ApplyRevocationJudgment.Decide(command, s), s, command.At, new National())).ThenAccepted());
    }
}

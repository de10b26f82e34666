using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Policies;
using ChildProtection.Registry.SpotChecks;
using ChildProtection.Jurisdictions;

namespace ChildProtection.Registry.Tests.SpotChecks;

/// <summary>What the registry finds missing in a sampled file, under each jurisdiction's pack.</summary>
public class SpotCheckFindingsTests
{
    private static readonly IRegistryPolicies Policies = new PackRegistryPolicies(PolicyPacks.Load());
    private static readonly DateTimeOffset At = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static Child LeftBehindIn(string village, bool agreementSigned, bool assessed)
    {
        var id = Guid.NewGuid();
        object[] facts =
        [
            new ParentSituationRecorded(id, ParentRole.Father, new ParentSituation(ParentSituationKind.WorkingAway, new DateOnly(2023, 1, 1), null, null), At),
            new ParentSituationRecorded(id, ParentRole.Mother, new ParentSituation(ParentSituationKind.WorkingAway, new DateOnly(2023, 1, 1), null, null), At),
            new CarerDelegated(id, new DelegatedCarer("某", CarerRelation.PaternalGrandparent, true,
                new CareAgreement(agreementSigned, agreementSigned ? new DateOnly(2023, 1, 2) : null), [], new DateOnly(2023, 1, 1)), At),
        ];
        var child = facts.Aggregate((Child?)new Child(id, new ChildDetails("某某", Gender.Male, new DateOnly(2015, 1, 1), village, Household.Rural), At), Child.Evolve)!;
        if (assessed)
            child = Child.Evolve(child, new GuardianshipAssessed(id, new GuardianshipAssessment(Guid.NewGuid(), new DateOnly(2025, 3, 1),
                RiskLevel.Low, AssessmentRecommendation.NoAction, "ok"), At))!;
        return CategoryReconciler.Reconcile(child, new DateOnly(2025, 6, 1), Policies.For(village), At).Aggregate((Child?)child, Child.Evolve)!;
    }

    [Fact]
    public void In_Baotou_a_left_behind_childs_file_needs_a_signed_agreement_and_a_yearly_guardianship_assessment()
    {
        var child = LeftBehindIn("150203100200", agreementSigned: false, assessed: false);
        Assert.Equal(new AutomaticFindings(true, true, true), SpotCheckReport.Findings(child, 2025, false, Policies.For("150203100200")));

        var complete = LeftBehindIn("150203100200", agreementSigned: true, assessed: true);
        Assert.Equal(new AutomaticFindings(false, false, false), SpotCheckReport.Findings(complete, 2025, true, Policies.For("150203100200")));
    }

    [Fact]
    public void In_Liaoning_a_grandparent_carer_needs_no_written_agreement_and_no_yearly_assessment()
    {
        var child = LeftBehindIn("210521100200", agreementSigned: false, assessed: false);
        Assert.Equal(new AutomaticFindings(false, false, false), SpotCheckReport.Findings(child, 2025, true, Policies.For("210521100200")));
    }
}

using ChildProtection.Police.Cases;
using ChildProtection.Police.Cases.Changing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Testing.Domain;

namespace ChildProtection.Police.Tests.Cases;

public class CaseDecisionTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 15, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid CaseId = Guid.NewGuid();
    private static readonly Guid Child = Guid.NewGuid();
    private static readonly Moment At = DecisionSpecs.At(Now);

    private static CaseOpened Opened(Guid? child = null) => new(CaseId, CaseSources.Direct, null, null, child ?? Child, "120116100201",
        CaseKinds.PendingReview, ["guardian-failing-duties"], null, null, Now, "officer-1");

    private static Spec<PoliceCase> Case() => Spec.For<PoliceCase>(PoliceCase.Evolve);

    [Fact]
    public void A_case_pending_review_is_classified_criminal() =>
        Case().Given(Opened()).When(s => DecideKind.Decide(new DecideKind(CaseKinds.Criminal, "o", At), s)).ThenEventsOf(typeof(CaseKindDecided));

    [Fact]
    public void A_criminal_case_is_not_turned_back_into_an_administrative_one() =>
        Case().Given(Opened(), new CaseKindDecided(CaseId, Child, "120116100201", CaseKinds.Criminal, Now, "o"))
            .When(s => DecideKind.Decide(new DecideKind(CaseKinds.Administrative, "o", At), s)).ThenRejected("criminal-case-stays-criminal");

    [Fact]
    public void Closing_tells_the_reporter_a_fixed_line_for_the_outcome_never_free_text()
    {
        var closed = (CaseClosed)Case().Given(Opened()).When(s => CloseCase.Decide(new CloseCase(CaseOutcomes.Admonished, "o", At), s))
            .ThenEventsOf(typeof(CaseClosed))[0];
        Assert.Equal("The police handled the report: the guardian was admonished.", closed.Summary);
    }

    [Fact]
    public void A_closed_case_cannot_be_closed_again_or_transferred_or_referred()
    {
        var closed = new CaseClosed(CaseId, null, null, Child, "120116100201", CaseOutcomes.NoOffenceFound, "x", Now, "o");
        Case().Given(Opened(), closed).When(s => CloseCase.Decide(new CloseCase(CaseOutcomes.Admonished, "o", At), s)).ThenRejected("case-not-open");
        Case().Given(Opened(), closed).When(s => TransferCase.Decide(new TransferCase("某区派出所", "管辖", "o", At), s)).ThenRejected("case-not-open");
        Case().Given(Opened(), closed).When(s => ReferToProcuratorate.Decide(
            new ReferToProcuratorate(Guid.NewGuid(), ["suspected-crime"], "summary", "o", At), s)).ThenRejected("case-not-open");
    }

    [Fact]
    public void A_case_is_referred_to_the_procuratorate_once() =>
        Case().Given(Opened(), new CaseReferredToProcuratorate(CaseId, Guid.NewGuid(), Child, "120116100201", ["suspected-crime"], "s", Now, "o"))
            .When(s => ReferToProcuratorate.Decide(new ReferToProcuratorate(Guid.NewGuid(), ["suspected-crime"], "again", "o", At), s))
            .ThenRejected("already-referred");

    [Fact]
    public void Closing_as_referred_needs_the_referral_first() =>
        Case().Given(Opened()).When(s => CloseCase.Decide(new CloseCase(CaseOutcomes.ReferredToProcuratorate, "o", At), s)).ThenRejected("not-referred");

    [Fact]
    public void A_case_names_its_child_once() =>
        Case().Given(Opened()).When(s => IdentifyChild.Decide(new IdentifyChild(Guid.NewGuid(), "o", At), s)).ThenRejected("child-already-identified");
}

using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Correcting;
using ChildProtection.Registry.Children.DelegatingCare;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Children.FlaggingRisks;
using ChildProtection.Registry.Children.RecordingParents;
using ChildProtection.Registry.Children.Registering;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Registry.Surveys;

/// <summary>
/// What a survey row adds to a child's file, decided by each capability's own <c>Decide</c>: registration for a new
/// child, else identity corrections, parents' situations, the carer and risk factors — only the facts that differ, so
/// an identical row decides nothing. Pure: the importer reads the state and appends.
/// </summary>
public static class SurveyDecision
{
    /// <param name="state">The matched child's file, or null to register a new child.</param>
    /// <param name="nationalId">The protected ID number when the file lacks it (null when the row has none or the file has it).</param>
    public static IReadOnlyList<object> Decide(SurveyFacts facts, Guid childId, Child? state, ProtectedNationalId? nationalId, Moment at)
    {
        var events = new List<object>();
        var current = state;
        void Apply(Decision decision)
        {
            if (decision is not Decision.Accepted accepted) throw new InvalidOperationException($"A survey decision was rejected: {decision}.");
            events.AddRange(accepted.Events);
            current = accepted.Events.Aggregate(current, Child.Evolve);
        }

        if (state is null) Apply(RegisterChild.Decide(new RegisterChild(childId, facts.Identity, nationalId, null, [], at), null));
        // An empty school cell says nothing: the file keeps the school it has.
        else Apply(CorrectIdentity.Decide(new CorrectIdentity(childId, facts.Identity with { School = facts.Identity.School ?? state.School },
            nationalId, at), state));
        if (facts.Father is { } father) Apply(RecordParentSituation.Decide(new RecordParentSituation(childId, ParentRole.Father, father, at), current!));
        if (facts.Mother is { } mother) Apply(RecordParentSituation.Decide(new RecordParentSituation(childId, ParentRole.Mother, mother, at), current!));
        if (facts.Carer is { } carer && current!.Carer != carer) Apply(DelegateCare.Decide(new DelegateCare(childId, carer, at), current));
        foreach (var factor in facts.RiskFactors) Apply(FlagRiskFactor.Decide(new FlagRiskFactor(childId, factor, at), current!));
        return events;
    }

    /// <summary>The facts the events change, for the row's report: <c>details</c>, <c>father</c>, <c>riskFactor:child-disability</c> …</summary>
    public static IReadOnlyList<string> Changes(IEnumerable<object> events) =>
    [
        .. events.Select(e => e switch
        {
            ChildRegistered => "registered",
            ChildDetailsCorrected => "details",
            SchoolRecorded => "school",
            NationalIdRecorded => "nationalId",
            ParentSituationRecorded p => Codes.Of(p.Parent),
            CarerDelegated => "carer",
            RiskFactorFlagged r => "riskFactor:" + r.RiskFactor.Code,
            RiskFactorCleared r => "riskFactor:" + r.Code,
            _ => null,
        }).OfType<string>().Distinct(),
    ];

}

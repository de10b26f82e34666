using ChildProtection.Jurisdictions;
using ChildProtection.Visits.Plans;

namespace ChildProtection.Visits.Escalations;

/// <summary>
/// What a visit's findings must lead to (docs/domain.md §3, 津民发〔2024〕3号 二(三)8, 包头市实施方案 二(二)5), pure:
/// <list type="bullet">
/// <item>signs of harm or a safety hazard → a mandatory report, the director as reporter;</item>
/// <item>carer unable or unwilling → tell the parents (Baotou: and the township supervisor); found again after that
/// (still refused after admonishment) → Baotou: the village committee reports to the township government;</item>
/// <item>psychological or behavioural abnormality → referral to health services;</item>
/// <item>needs relief → Relief assesses; dropout signal → education is notified.</item>
/// </list>
/// </summary>
public static class FindingEscalations
{
    public const string FirstNotice = "first-notice";
    public const string RefusedAfterAdmonishment = "refused-after-admonishment";

    /// <param name="plan">The plan before the visit.</param>
    public static IReadOnlyList<object> Decide(Plan plan, VisitRecorded visit, VisitPolicy policy)
    {
        var codes = visit.Findings.Select(f => f.Code).ToList();
        var events = new List<object>();
        string Observation(params string[] of)
        {
            var notes = visit.Findings.Where(f => of.Contains(f.Code) && !string.IsNullOrWhiteSpace(f.Note)).Select(f => f.Note!).ToList();
            if (!string.IsNullOrWhiteSpace(visit.Notes)) notes.Add(visit.Notes);
            return string.Join("\n", notes);
        }

        var reportable = codes.Where(FindingCodes.Reportable.Contains).ToList();
        if (reportable.Count > 0)
            events.Add(new MandatoryReportRequested(visit.VisitId, visit.ChildId, visit.RegionCode, visit.DirectorId, visit.RecordedBy,
                reportable, Observation([.. reportable]), visit.OccurredAt));

        if (codes.Contains(FindingCodes.CarerUnableOrUnwilling))
        {
            var again = plan.CarerFailureEscalatedOn is not null;
            var notify = new List<string> { "parents" };
            if (policy.CarerFailureNotifiesTownshipSupervisor) notify.Add("township-supervisor");
            if (again && policy.CarerRefusalNotifiesTownshipGovernment) notify.Add("township-government");
            events.Add(new CarerFailureEscalated(visit.VisitId, visit.ChildId, visit.RegionCode, visit.DirectorId,
                again ? RefusedAfterAdmonishment : FirstNotice, notify, Observation(FindingCodes.CarerUnableOrUnwilling), visit.OccurredAt));
        }

        if (codes.Contains(FindingCodes.PsychologicalOrBehaviouralAbnormality))
            events.Add(new HealthReferralRecorded(visit.VisitId, visit.ChildId, visit.RegionCode, visit.DirectorId,
                Observation(FindingCodes.PsychologicalOrBehaviouralAbnormality), visit.OccurredAt));

        if (codes.Contains(FindingCodes.NeedsRelief))
        {
            var note = visit.Findings.First(f => f.Code == FindingCodes.NeedsRelief).Note;
            events.Add(new ReliefAssessmentRequested(visit.VisitId, visit.ChildId, visit.RegionCode, codes, note, visit.OccurredAt));
        }

        if (codes.Contains(FindingCodes.DropoutSignal))
            events.Add(new DropoutSignalReported(visit.VisitId, visit.ChildId, visit.RegionCode, visit.DirectorId,
                Observation(FindingCodes.DropoutSignal), visit.OccurredAt));
        return events;
    }
}

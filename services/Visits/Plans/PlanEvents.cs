using ChildProtection.ServiceDefaults.EventSourcing;

namespace ChildProtection.Visits.Plans;

/// <summary>A child came into scope (entered a category): a visit plan (走访计划) opens, with the facts it is planned by.</summary>
public sealed record PlanOpened(Guid ChildId, string RegionCode, Guid? DirectorId, IReadOnlyList<string> Categories,
    IReadOnlyList<string> RiskFactors, DateOnly OpenedOn, string Reason, DateTimeOffset OpenedAt);

/// <summary>A fact the plan depends on changed (categories, risk factors, village, director): the plan is re-planned.</summary>
public sealed record PlanReplanned(Guid ChildId, string RegionCode, Guid? DirectorId, IReadOnlyList<string> Categories,
    IReadOnlyList<string> RiskFactors, string Reason, DateTimeOffset ReplannedAt);

/// <summary>The child left every category: no more visits are due.</summary>
public sealed record PlanClosed(Guid ChildId, DateOnly ClosedOn, string Reason, DateTimeOffset ClosedAt);

/// <summary>One structured finding of a visit, with the director's note.</summary>
public sealed record Finding(string Code, string? Note);

/// <summary>A contact or home visit took place.</summary>
/// <param name="Kind"><see cref="VisitKinds"/>.</param>
/// <param name="Mode"><see cref="ContactModes"/>.</param>
/// <param name="Seen">Codes of who was seen (<see cref="PeopleSeen"/>).</param>
/// <param name="RecordedBy">The subject of the user who recorded it.</param>
public sealed record VisitRecorded(Guid VisitId, Guid ChildId, string RegionCode, Guid? DirectorId, string Kind, string Mode,
    DateTimeOffset OccurredAt, string Place, IReadOnlyList<string> Seen, IReadOnlyList<Finding> Findings, string? Notes,
    string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>Signs of harm or danger were found: a mandatory report (强制报告) is requested of Reporting, the director as reporter.</summary>
public sealed record MandatoryReportRequested(Guid VisitId, Guid ChildId, string RegionCode, Guid? DirectorId, string RecordedBy,
    IReadOnlyList<string> Findings, string Observation, DateTimeOffset ObservedAt);

/// <summary>The carer was found unable or unwilling: who must be told, at which stage.</summary>
public sealed record CarerFailureEscalated(Guid VisitId, Guid ChildId, string RegionCode, Guid? DirectorId, string Stage,
    IReadOnlyList<string> Notify, string Observation, DateTimeOffset ObservedAt);

/// <summary>A psychological or behavioural abnormality was found: referral to health services recorded.</summary>
public sealed record HealthReferralRecorded(Guid VisitId, Guid ChildId, string RegionCode, Guid? DirectorId, string Observation,
    DateTimeOffset ObservedAt);

/// <summary>The child needs relief: Relief is asked to assess.</summary>
public sealed record ReliefAssessmentRequested(Guid VisitId, Guid ChildId, string RegionCode, IReadOnlyList<string> Reasons,
    string? Note, DateTimeOffset RequestedAt);

/// <summary>A sign of dropping out of school was found: education is notified.</summary>
public sealed record DropoutSignalReported(Guid VisitId, Guid ChildId, string RegionCode, Guid? DirectorId, string Observation,
    DateTimeOffset ObservedAt);

/// <summary>A visit duty's due date passed without the visit (level <c>overdue</c>), or it is still missed after the escalation delay (<c>escalated</c>).</summary>
public sealed record VisitWentOverdue(Guid ChildId, string RegionCode, Guid? DirectorId, string Duty, DateOnly DueOn, string Level,
    int DaysOverdue, DateTimeOffset DetectedAt);

/// <summary>The stable names under which visits stores its events (one stream per child's plan; the stream id is the child's registry id).</summary>
public static class PlanEventTypes
{
    private static readonly EventTypes Stored = Register(new EventTypes());

    public static EventTypes Register(EventTypes types) => types
        .Register<PlanOpened>("visits.plan-opened.v1")
        .Register<PlanReplanned>("visits.plan-replanned.v1")
        .Register<PlanClosed>("visits.plan-closed.v1")
        .Register<VisitRecorded>("visits.visit-recorded.v1")
        .Register<MandatoryReportRequested>("visits.mandatory-report-requested.v1")
        .Register<CarerFailureEscalated>("visits.carer-failure-escalated.v1")
        .Register<HealthReferralRecorded>("visits.health-referral-recorded.v1")
        .Register<ReliefAssessmentRequested>("visits.relief-assessment-requested.v1")
        .Register<DropoutSignalReported>("visits.dropout-signal-reported.v1")
        .Register<VisitWentOverdue>("visits.visit-overdue.v1");

    /// <summary>The stable name an event is stored under, e.g. <c>visits.mandatory-report-requested.v1</c>.</summary>
    public static string NameOf(object e) => Stored.Names.Single(n => n.Value == e.GetType()).Key;
}

namespace ChildProtection.Web.Api.Dtos;

/// <summary><c>GET /api/visits/plans/{childId}</c>: what is due, as of a date.</summary>
public sealed record VisitPlan(Guid ChildId, string RegionCode, Guid? DirectorId, string Status, DateOnly? OpenedOn, IReadOnlyList<string> Categories,
    IReadOnlyList<string> RiskFactors, bool RiskCadence, DateOnly AsOf, DateOnly? LastContactOn, DateOnly? LastHomeVisitOn,
    IReadOnlyList<Duty> Duties, long Version);

public sealed record Duty(string Code, DateOnly DueOn, DateOnly? WindowFrom, bool Overdue, int DaysOverdue, bool RiskCadence);

/// <summary><c>GET /api/visits/due</c>: every duty due in the window and every overdue one, overdue first.</summary>
public sealed record DueList(DateOnly AsOf, DateOnly DueBy, int Overdue, IReadOnlyList<DueItem> Items);

public sealed record DueItem(Guid ChildId, string RegionCode, Guid? DirectorId, string Duty, DateOnly DueOn, DateOnly? WindowFrom, bool Overdue,
    int DaysOverdue, bool RiskCadence);

public sealed record WorkloadList(DateOnly AsOf, IReadOnlyList<DirectorLoad> Directors);

public sealed record DirectorLoad(Guid? DirectorId, int Children, int DueThisMonth, int Overdue);

/// <summary>A recorded visit (<c>GET /api/visits/plans/{childId}/visits</c>).</summary>
public sealed record VisitRecord(Guid VisitId, string Kind, string Mode, DateTimeOffset OccurredAt, string? Place, IReadOnlyList<string> Seen,
    IReadOnlyList<Finding> Findings, string? Notes, string? RecordedBy, DateTimeOffset RecordedAt);

public sealed record Finding(string Code, string? Note);

/// <summary>201 of <c>POST /api/visits/plans/{childId}/visits</c>: the escalations the findings raised and the plan after it.</summary>
public sealed record VisitRecorded(Guid VisitId, Guid ChildId, IReadOnlyList<string> Escalations, VisitPlan Plan);

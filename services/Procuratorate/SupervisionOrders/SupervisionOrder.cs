using System.Collections.Immutable;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Procuratorate.SupervisionOrders;

/// <summary>A check-in of the plan as it stands: recorded, overdue, or still ahead.</summary>
public sealed record CheckIn(int Sequence, DateOnly? DueOn, DateOnly? CheckedOn, string? Evaluation, string? Notes, bool Overdue);

/// <summary>
/// 督促监护令 supervision-of-guardianship order: issued → served → check-ins (complying / partly / not) → completed, or
/// escalated when the guardians do not comply. Pure: Evolve folds events; the commands (<see cref="IssueSupervision"/> and the
/// others in SupervisionOrderCommands.cs) decide.
/// </summary>
public sealed record SupervisionOrder(Guid Id, Guid CaseId, Guid ChildId, string RegionCode, IReadOnlyList<string> Guardians, string Content,
    bool FamilyEducationGuidance, DateTimeOffset IssuedAt)
{
    public const string Issued = "issued", Served = "served", Completed = "completed", Escalated = "escalated";

    public static readonly IReadOnlyList<string> ServiceMethods = ["written", "announced"];
    public static readonly IReadOnlyList<string> Evaluations = ["complying", "partly-complying", "not-complying"];
    public static readonly IReadOnlyList<string> EscalationTargets = ["recommend-revocation-application", "support-prosecution"];

    public string Status { get; init; } = Issued;
    public string? ServiceMethod { get; init; }
    public DateOnly? ServedOn { get; init; }
    public ImmutableList<CheckIn> CheckIns { get; init; } = [];
    public string? EscalatedTo { get; init; }
    public string? ClosingNote { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Completed or escalated: supervision has ended.</summary>
    public bool IsClosed => Status is Completed or Escalated;

    public static SupervisionOrder? Evolve(SupervisionOrder? state, object @event) => (state, @event) switch
    {
        (_, SupervisionOrderIssued e) => new SupervisionOrder(e.OrderId, e.CaseId, e.ChildId, e.RegionCode, e.Guardians, e.Content,
            e.FamilyEducationGuidance, e.IssuedAt)
        {
            CheckIns = [.. e.Plan.Select(p => new CheckIn(p.Sequence, p.DueOn, null, null, null, false))],
        },
        (null, _) => null,
        (_, SupervisionOrderServed e) => state with { Status = Served, ServiceMethod = e.Method, ServedOn = e.ServedOn },
        (_, SupervisionCheckInRecorded e) => state with { CheckIns = state.Record(e) },
        (_, SupervisionCheckInOverdue e) => state with
        {
            CheckIns = [.. state.CheckIns.Select(c => c.Sequence == e.Sequence ? c with { Overdue = true } : c)],
        },
        (_, SupervisionOrderCompleted e) => state with { Status = Completed, ClosingNote = e.Note, ClosedAt = e.CompletedAt },
        (_, SupervisionOrderEscalated e) => state with { Status = Escalated, EscalatedTo = e.EscalatedTo, ClosingNote = e.Reason, ClosedAt = e.EscalatedAt },
        _ => state,
    };

    private ImmutableList<CheckIn> Record(SupervisionCheckInRecorded e) =>
        CheckIns.Any(c => c.Sequence == e.Sequence)
            ? [.. CheckIns.Select(c => c.Sequence == e.Sequence ? c with { CheckedOn = e.CheckedOn, Evaluation = e.Evaluation, Notes = e.Notes } : c)]
            : CheckIns.Add(new CheckIn(e.Sequence, null, e.CheckedOn, e.Evaluation, e.Notes, false));

    /// <summary>The latest recorded check-in, if any.</summary>
    public CheckIn? LastCheckIn => CheckIns.Where(c => c.Evaluation is not null).MaxBy(c => (c.CheckedOn, c.Sequence));

    /// <summary>The plan from the policy: <paramref name="count"/> check-ins every <paramref name="intervalDays"/> days after issue.</summary>
    public static IReadOnlyList<PlannedCheckIn> DefaultPlan(DateOnly issuedOn, int count, int intervalDays) =>
        [.. Enumerable.Range(1, count).Select(i => new PlannedCheckIn(i, issuedOn.AddDays(i * intervalDays)))];

    /// <summary>What the command step needs: the fold, the jurisdiction, the audit subject (the child).</summary>
    public static readonly StreamKind<SupervisionOrder> Kind = new("supervision order", Evolve, o => o.RegionCode);
}

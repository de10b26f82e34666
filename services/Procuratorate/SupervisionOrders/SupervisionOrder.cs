using System.Collections.Immutable;
using ChildProtection.EventStore;

namespace ChildProtection.Procuratorate.SupervisionOrders;

/// <summary>A check-in of the plan as it stands: recorded, overdue, or still ahead.</summary>
public sealed record CheckIn(int Sequence, DateOnly? DueOn, DateOnly? CheckedOn, string? Evaluation, string? Notes, bool Overdue);

/// <summary>
/// 督促监护令 supervision-of-guardianship order: issued → served → check-ins (complying / partly / not) → completed, or
/// escalated when the guardians do not comply. Pure: Evolve folds events, the Decide functions return events or a rejection.
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

    private bool IsClosed => Status is Completed or Escalated;

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

    public Decision Serve(string method, DateOnly servedOn, DateTimeOffset now)
    {
        if (IsClosed) return Decision.Reject("order-closed", $"The order is {Status}.");
        if (Status == Served) return Decision.Reject("order-already-served", "The order has already been served.");
        return Decision.Accept(new SupervisionOrderServed(Id, CaseId, ChildId, method, servedOn, now));
    }

    public Decision RecordCheckIn(DateOnly checkedOn, string evaluation, string? notes, DateTimeOffset now)
    {
        if (IsClosed) return Decision.Reject("order-closed", $"The order is {Status}: no more check-ins.");
        if (Status != Served) return Decision.Reject("order-not-served", "Serve the order on the guardians before following it up.");
        if (checkedOn < ServedOn) return Decision.Reject("check-in-before-service", "A check-in cannot be before the order was served.");
        var next = CheckIns.FirstOrDefault(c => c.Evaluation is null)?.Sequence ?? CheckIns.Count + 1;
        return Decision.Accept(new SupervisionCheckInRecorded(Id, CaseId, ChildId, next, checkedOn, evaluation, notes, now));
    }

    public Decision MarkOverdue(int sequence, DateOnly today, DateTimeOffset now)
    {
        var checkIn = CheckIns.FirstOrDefault(c => c.Sequence == sequence);
        if (IsClosed || checkIn is null || checkIn.Evaluation is not null || checkIn.Overdue || checkIn.DueOn is not { } due || due >= today)
            return Decision.Reject("not-overdue", "The check-in is not overdue.");
        return Decision.Accept(new SupervisionCheckInOverdue(Id, CaseId, ChildId, sequence, due, now));
    }

    public Decision Complete(string? note, DateTimeOffset now)
    {
        if (IsClosed) return Decision.Reject("order-closed", $"The order is already {Status}.");
        if (LastCheckIn is not { } last) return Decision.Reject("no-check-in", "Record at least one check-in before completing the order.");
        if (last.Evaluation != "complying")
            return Decision.Reject("guardians-not-complying", "The latest check-in does not find the guardians complying: record a complying check-in or escalate.");
        return Decision.Accept(new SupervisionOrderCompleted(Id, CaseId, ChildId, note, now));
    }

    public Decision Escalate(string to, string reason, DateTimeOffset now)
    {
        if (IsClosed) return Decision.Reject("order-closed", $"The order is already {Status}.");
        var nonCompliance = LastCheckIn is { Evaluation: not "complying" } || CheckIns.Any(c => c.Overdue && c.Evaluation is null);
        if (!nonCompliance)
            return Decision.Reject("no-non-compliance", "Escalate only after a check-in finds the guardians not (or only partly) complying, or a check-in is overdue.");
        return Decision.Accept(new SupervisionOrderEscalated(Id, CaseId, ChildId, to, reason, now));
    }
}

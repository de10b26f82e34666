using ChildProtection.Jurisdictions;
using ChildProtection.Procuratorate.Cases;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Procuratorate.SupervisionOrders;

/// <summary>
/// Issue a 督促监护令 in an open case about a child, to named guardians, with the follow-up plan: the dates given, or the
/// policy's default (<see cref="ProcuratoratePolicy.SupervisionCheckIns"/> check-ins every
/// <see cref="ProcuratoratePolicy.SupervisionCheckInIntervalDays"/> days after today). Decided on the case.
/// </summary>
public sealed record IssueSupervision(Guid OrderId, IReadOnlyList<string> Guardians, string Content, bool FamilyEducationGuidance,
    IReadOnlyList<DateOnly>? CheckInDates, ProcuratoratePolicy Policy, Moment At)
{
    public static Decision Decide(IssueSupervision c, ProcuratorateCase s)
    {
        if (s.RefuseInstrument(needsChild: true) is { } refused) return refused;
        var plan = c.CheckInDates is { } planned
            ? [.. planned.Select((d, i) => new PlannedCheckIn(i + 1, d))]
            : SupervisionOrder.DefaultPlan(c.At.Today, c.Policy.SupervisionCheckIns, c.Policy.SupervisionCheckInIntervalDays);
        return Decision.Accept(new SupervisionOrderIssued(c.OrderId, s.Id, s.ChildId!.Value, s.RegionCode, c.Guardians, c.Content,
            c.FamilyEducationGuidance, plan, c.At.Now));
    }
}

/// <summary>Serve the order on the guardians (书面送达 written, 宣告送达 announced), once, while supervision runs.</summary>
public sealed record ServeSupervision(string Method, DateOnly ServedOn, Moment At)
{
    public static Decision Decide(ServeSupervision c, SupervisionOrder s)
    {
        if (s.IsClosed) return Decision.Reject("order-closed", $"The order is {s.Status}.");
        if (s.Status == SupervisionOrder.Served) return Decision.Reject("order-already-served", "The order has already been served.");
        return Decision.Accept(new SupervisionOrderServed(s.Id, s.CaseId, s.ChildId, c.Method, c.ServedOn, c.At.Now));
    }
}

/// <summary>A follow-up check-in after service: fills the next planned check-in, or adds one after the plan.</summary>
public sealed record RecordSupervisionCheckIn(DateOnly CheckedOn, string Evaluation, string? Notes, Moment At)
{
    public static Decision Decide(RecordSupervisionCheckIn c, SupervisionOrder s)
    {
        if (s.IsClosed) return Decision.Reject("order-closed", $"The order is {s.Status}: no more check-ins.");
        if (s.Status != SupervisionOrder.Served) return Decision.Reject("order-not-served", "Serve the order on the guardians before following it up.");
        if (c.CheckedOn < s.ServedOn) return Decision.Reject("check-in-before-service", "A check-in cannot be before the order was served.");
        var next = s.CheckIns.FirstOrDefault(x => x.Evaluation is null)?.Sequence ?? s.CheckIns.Count + 1;
        return Decision.Accept(new SupervisionCheckInRecorded(s.Id, s.CaseId, s.ChildId, next, c.CheckedOn, c.Evaluation, c.Notes, c.At.Now));
    }
}

/// <summary>A planned check-in's date passed with nothing recorded (the deadline scanner): overdue the day after, once.</summary>
public sealed record MarkCheckInOverdue(int Sequence, Moment At)
{
    public static Decision Decide(MarkCheckInOverdue c, SupervisionOrder s)
    {
        var checkIn = s.CheckIns.FirstOrDefault(x => x.Sequence == c.Sequence);
        if (s.IsClosed || checkIn is null || checkIn.Evaluation is not null || checkIn.Overdue || checkIn.DueOn is not { } due || due >= c.At.Today)
            return Decision.Reject("not-overdue", "The check-in is not overdue.");
        return Decision.Accept(new SupervisionCheckInOverdue(s.Id, s.CaseId, s.ChildId, c.Sequence, due, c.At.Now));
    }
}

/// <summary>The guardians comply: complete the order, after a latest check-in that finds them complying.</summary>
public sealed record CompleteSupervision(string? Note, Moment At)
{
    public static Decision Decide(CompleteSupervision c, SupervisionOrder s)
    {
        if (s.IsClosed) return Decision.Reject("order-closed", $"The order is already {s.Status}.");
        if (s.LastCheckIn is not { } last) return Decision.Reject("no-check-in", "Record at least one check-in before completing the order.");
        if (last.Evaluation != "complying")
            return Decision.Reject("guardians-not-complying",
                "The latest check-in does not find the guardians complying: record a complying check-in or escalate.");
        return Decision.Accept(new SupervisionOrderCompleted(s.Id, s.CaseId, s.ChildId, c.Note, c.At.Now));
    }
}

/// <summary>The guardians do not comply (the latest check-in, or an overdue one): escalate, once.</summary>
public sealed record EscalateSupervision(string To, string Reason, Moment At)
{
    public static Decision Decide(EscalateSupervision c, SupervisionOrder s)
    {
        if (s.IsClosed) return Decision.Reject("order-closed", $"The order is already {s.Status}.");
        var nonCompliance = s.LastCheckIn is { Evaluation: not "complying" } || s.CheckIns.Any(x => x.Overdue && x.Evaluation is null);
        if (!nonCompliance)
            return Decision.Reject("no-non-compliance",
                "Escalate only after a check-in finds the guardians not (or only partly) complying, or a check-in is overdue.");
        return Decision.Accept(new SupervisionOrderEscalated(s.Id, s.CaseId, s.ChildId, c.To, c.Reason, c.At.Now));
    }
}

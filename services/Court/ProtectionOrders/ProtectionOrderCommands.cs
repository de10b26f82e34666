using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Court.ProtectionOrders;

/// <summary>签发 Issue the order: measures, valid from today for at most 6 months (ADVL art. 30); late when past the due time.</summary>
public sealed record IssueOrder(IReadOnlyList<string> Measures, DateOnly ValidUntil, Moment At)
{
    public static Decision Decide(IssueOrder c, ProtectionOrder s)
    {
        if (!s.Undecided) return Decision.Reject("already-decided", $"The application has already been decided ({s.Status}).");
        if (c.ValidUntil < c.At.Today) return Decision.Reject("invalid-validity", "The order must be valid from today.");
        if (c.ValidUntil > c.At.Today.AddMonths(ProtectionOrder.MaxValidityMonths))
            return Decision.Reject("validity-too-long",
                $"A protection order is valid for at most {ProtectionOrder.MaxValidityMonths} months (until {c.At.Today.AddMonths(ProtectionOrder.MaxValidityMonths):yyyy-MM-dd}).");
        return Decision.Accept(new ProtectionOrderIssued(s.Id, s.ChildId, s.RegionCode, c.Measures, c.At.Today, c.ValidUntil, c.At.Now > s.DecisionDueAt, c.At.Now));
    }
}

/// <summary>驳回 Reject the application, with reasons.</summary>
public sealed record RejectApplication(string Reasons, Moment At)
{
    public static Decision Decide(RejectApplication c, ProtectionOrder s) =>
        s.Undecided
            ? Decision.Accept(new ProtectionOrderRejected(s.Id, s.ChildId, s.RegionCode, c.Reasons, c.At.Now > s.DecisionDueAt, c.At.Now))
            : Decision.Reject("already-decided", $"The application has already been decided ({s.Status}).");
}

/// <summary>送达 Serve the order on the police and the village committee, who help enforce it (art. 32).</summary>
public sealed record ServeOrder(IReadOnlyList<string> On, Moment At)
{
    public static Decision Decide(ServeOrder c, ProtectionOrder s)
    {
        if (s.NotInForce(c.At) is { } refused) return refused;
        var fresh = c.On.Except(s.ServedOn).ToList();
        return fresh.Count == 0
            ? Decision.Reject("already-served", "The order has already been served on them.")
            : Decision.Accept(new ProtectionOrderServed(s.Id, s.ChildId, s.RegionCode, fresh, s.Measures, s.ValidFrom!.Value, s.ValidUntil!.Value, c.At.Now));
    }
}

/// <summary>复议 A party applies for review within 5 days: the applicant against a rejection, the respondent against an order (art. 31).</summary>
public sealed record ApplyForOrderReview(string AppliedBy, string Reasons, Moment At)
{
    public static Decision Decide(ApplyForOrderReview c, ProtectionOrder s)
    {
        if (s.Undecided) return Decision.Reject("order-not-issued", "The application has not been decided yet.");
        if (s.ReviewStatus is not null) return Decision.Reject("review-already-applied", "A decision is reviewed once.");
        var party = s.Status == ProtectionOrder.Rejected ? "applicant" : "respondent";
        if (c.AppliedBy != party)
            return Decision.Reject("review-not-for-party", s.Status == ProtectionOrder.Rejected
                ? "Only the applicant may apply for review of a rejection."
                : "Only the respondent may apply for review of an order.");
        if (c.At.Today > s.DecidedOn!.Value.AddDays(ProtectionOrder.ReviewWindowDays))
            return Decision.Reject("review-window-passed",
                $"Review is applied for within {ProtectionOrder.ReviewWindowDays} days of the decision ({s.DecidedOn:yyyy-MM-dd}).");
        return Decision.Accept(new ProtectionOrderReviewApplied(s.Id, s.ChildId, c.AppliedBy, c.Reasons, c.At.Now));
    }
}

/// <summary>The review decided: upheld, or the order revoked.</summary>
public sealed record DecideOrderReview(string Outcome, string Reasons, Moment At)
{
    public static Decision Decide(DecideOrderReview c, ProtectionOrder s)
    {
        if (s.ReviewStatus != "pending") return Decision.Reject("no-pending-review", "No review is pending.");
        if (c.Outcome != "revoked") return Decision.Accept(new ProtectionOrderReviewDecided(s.Id, s.ChildId, c.Outcome, c.Reasons, c.At.Now));
        return s.NotInForce(c.At) ?? Decision.Accept(new ProtectionOrderReviewDecided(s.Id, s.ChildId, c.Outcome, c.Reasons, c.At.Now),
            new ProtectionOrderRevoked(s.Id, s.ChildId, s.RegionCode, c.Reasons, c.At.Now));
    }
}

/// <summary>延长 Extend the order before it expires, by at most 6 months.</summary>
public sealed record ExtendOrder(DateOnly ValidUntil, Moment At)
{
    public static Decision Decide(ExtendOrder c, ProtectionOrder s)
    {
        if (s.NotInForce(c.At) is { } refused) return refused;
        if (c.ValidUntil <= s.ValidUntil) return Decision.Reject("not-an-extension", $"Extend beyond the current end ({s.ValidUntil:yyyy-MM-dd}).");
        if (c.ValidUntil > s.ValidUntil!.Value.AddMonths(ProtectionOrder.MaxValidityMonths))
            return Decision.Reject("validity-too-long", $"An extension adds at most {ProtectionOrder.MaxValidityMonths} months.");
        return Decision.Accept(new ProtectionOrderExtended(s.Id, s.ChildId, s.RegionCode, s.Measures, s.ValidUntil.Value, c.ValidUntil, c.At.Now));
    }
}

/// <summary>变更 Change the measures of an order in force.</summary>
public sealed record ChangeOrderMeasures(IReadOnlyList<string> Measures, Moment At)
{
    public static Decision Decide(ChangeOrderMeasures c, ProtectionOrder s)
    {
        if (s.NotInForce(c.At) is { } refused) return refused;
        if (c.Measures.Order().SequenceEqual(s.Measures.Order())) return Decision.Reject("no-change", "The measures are the same.");
        return Decision.Accept(new ProtectionOrderChanged(s.Id, s.ChildId, s.RegionCode, c.Measures, s.ValidUntil!.Value, c.At.Now));
    }
}

/// <summary>撤销 Revoke an order in force.</summary>
public sealed record RevokeOrder(string Reasons, Moment At)
{
    public static Decision Decide(RevokeOrder c, ProtectionOrder s) =>
        s.NotInForce(c.At) ?? Decision.Accept(new ProtectionOrderRevoked(s.Id, s.ChildId, s.RegionCode, c.Reasons, c.At.Now));
}

/// <summary>A breach inside the validity and its sanction (art. 34).</summary>
public sealed record RecordOrderBreach(DateOnly BreachedOn, string Description, string Sanction, int? FineYuan, int? DetentionDays, Moment At)
{
    public static Decision Decide(RecordOrderBreach c, ProtectionOrder s)
    {
        if (s.Status is ProtectionOrder.Applied or ProtectionOrder.Rejected) return Decision.Reject("order-not-issued", "There is no order to breach.");
        if (c.BreachedOn < s.ValidFrom || c.BreachedOn > s.ValidUntil)
            return Decision.Reject("breach-outside-validity", $"The order was in force from {s.ValidFrom:yyyy-MM-dd} to {s.ValidUntil:yyyy-MM-dd}.");
        return Decision.Accept(new ProtectionOrderBreached(s.Id, s.ChildId, s.RegionCode, c.BreachedOn, c.Description, c.Sanction, c.FineYuan,
            c.DetentionDays, c.At.Now));
    }
}

/// <summary>What a passed deadline means (the deadline scanner): decision overdue, president escalation, or expiry — each once.</summary>
public sealed record LapseOrderDeadline(string Deadline, Moment At)
{
    public static Decision Decide(LapseOrderDeadline c, ProtectionOrder s) => c.Deadline switch
    {
        "decision" when s.Undecided && s.OverdueAt is null && c.At.Now >= s.DecisionDueAt =>
            Decision.Accept(new ProtectionOrderDecisionOverdue(s.Id, s.ChildId, s.RegionCode, s.DecisionDueAt, c.At.Now)),
        "president" when s.Undecided && s.EscalatedToPresidentAt is null && c.At.Now >= s.PresidentEscalationAt =>
            Decision.Accept(new ProtectionOrderEscalatedToPresident(s.Id, s.ChildId, s.RegionCode, s.DecisionDueAt, c.At.Now)),
        "expiry" when s.Status == ProtectionOrder.Issued && c.At.Today > s.ValidUntil =>
            Decision.Accept(new ProtectionOrderExpired(s.Id, s.ChildId, s.RegionCode, s.ValidUntil!.Value, c.At.Now)),
        _ => Decision.Reject("not-due", "Nothing is due."),
    };
}

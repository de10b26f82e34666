using ChildProtection.Court.Http;
using ChildProtection.EventStore;
using ChildProtection.ServiceDefaults.Commands;
using ChildProtection.ServiceDefaults.Time;

namespace ChildProtection.Court.ProtectionOrders;

/// <summary>A breach as recorded.</summary>
public sealed record Breach(DateOnly BreachedOn, string Description, string Sanction, int? FineYuan, int? DetentionDays);

/// <summary>
/// 人身安全保护令 personal-safety protection order for a child: applied → issued (in force → expired or revoked) or rejected.
/// The decision is due within 72 hours, 24 if urgent (pack values); overdue once, then to the president once. Pure: Evolve
/// folds events, the decide functions return events or a rejection.
/// </summary>
public sealed record ProtectionOrder(Guid Id, Guid ChildId, string RegionCode, string Applicant, string Form, string RespondentRelation,
    string? RespondentName, IReadOnlyList<string> RequestedMeasures, string Facts, bool Urgent, DateTimeOffset DecisionDueAt,
    DateTimeOffset PresidentEscalationAt, DateTimeOffset AppliedAt)
{
    public const string Applied = "applied", Issued = "issued", Rejected = "rejected", Expired = "expired", Revoked = "revoked";
    public const int MaxValidityMonths = 6, ReviewWindowDays = 5, MaxFineYuan = 1000, MaxDetentionDays = 15;

    /// <summary>
    /// Who may apply on a child's behalf: ADVL art. 23 (near relatives, police, women's federation, village and residents'
    /// committees, rescue institutions) and 法释〔2022〕17号 (SPC provisions on protection orders), which adds civil affairs,
    /// the disabled persons' federation and lawfully established organisations for the elderly (not a child's applicant).
    /// </summary>
    public static readonly IReadOnlyList<string> Applicants =
        ["near-relative", "police", "women-federation", "village-committee", "residents-committee", "rescue-institution", "civil-affairs",
         "disabled-federation"];

    /// <summary>The departments that apply as themselves through the API, and the applicant they are.</summary>
    public static readonly IReadOnlyDictionary<string, string> DepartmentApplicants = new Dictionary<string, string>
    {
        ["civil-affairs"] = "civil-affairs", ["police"] = "police", ["women-federation"] = "women-federation", ["village-committee"] = "village-committee",
        ["disabled-federation"] = "disabled-federation",
    };

    public static readonly IReadOnlyList<string> Forms = ["written", "oral"];
    public static readonly IReadOnlyList<string> RespondentRelations = ["father", "mother", "step-parent", "other-family-member", "other-cohabitant"];

    /// <summary>Measures of art. 29.</summary>
    public static readonly IReadOnlyList<string> MeasureCodes =
        ["no-violence", "no-harassing-following-contacting", "move-out", "no-online-or-phone-threats", "exclusion-zone-home", "exclusion-zone-school", "exclusion-zone-work", "other"];

    public static readonly IReadOnlyList<string> ServiceRecipients = ["police", "village-committee"];
    public static readonly IReadOnlyList<string> Sanctions = ["admonition", "fine", "detention", "criminal-referral"];
    public static readonly IReadOnlyList<string> ReviewOutcomes = ["upheld", "revoked"];

    public string Status { get; init; } = Applied;
    public IReadOnlyList<string> Measures { get; init; } = [];
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public DateOnly? DecidedOn { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public bool DecidedLate { get; init; }
    public string? RejectionReasons { get; init; }
    public DateTimeOffset? OverdueAt { get; init; }
    public DateTimeOffset? EscalatedToPresidentAt { get; init; }
    public IReadOnlyList<string> ServedOn { get; init; } = [];
    public string? ReviewStatus { get; init; }
    public IReadOnlyList<Breach> Breaches { get; init; } = [];
    public int Extensions { get; init; }

    private bool Undecided => Status == Applied;

    /// <summary>When the decision is due: hours after the application.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset appliedAt, bool urgent, int hours, int urgentHours) => appliedAt.AddHours(urgent ? urgentHours : hours);

    /// <summary>The instant an order valid until <paramref name="validUntil"/> (inclusive, China time) ends.</summary>
    public static DateTimeOffset EndOf(DateOnly validUntil) => new DateTimeOffset(validUntil.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaDate.Offset).ToUniversalTime();

    public static ProtectionOrder? Evolve(ProtectionOrder? state, object @event) => (state, @event) switch
    {
        (_, ProtectionOrderApplied e) => new ProtectionOrder(e.OrderId, e.ChildId, e.RegionCode, e.Applicant, e.Form, e.RespondentRelation, e.RespondentName,
            e.RequestedMeasures, e.Facts, e.Urgent, e.DecisionDueAt, e.PresidentEscalationAt, e.AppliedAt),
        (null, _) => null,
        (_, ProtectionOrderIssued e) => state with
        {
            Status = Issued, Measures = e.Measures, ValidFrom = e.ValidFrom, ValidUntil = e.ValidUntil, DecidedAt = e.DecidedAt,
            DecidedOn = ChinaDate.On(e.DecidedAt), DecidedLate = e.Late,
        },
        (_, ProtectionOrderRejected e) => state with
        {
            Status = Rejected, RejectionReasons = e.Reasons, DecidedAt = e.DecidedAt, DecidedOn = ChinaDate.On(e.DecidedAt), DecidedLate = e.Late,
        },
        (_, ProtectionOrderDecisionOverdue e) => state with { OverdueAt = e.DetectedAt },
        (_, ProtectionOrderEscalatedToPresident e) => state with { EscalatedToPresidentAt = e.EscalatedAt },
        (_, ProtectionOrderServed e) => state with { ServedOn = [.. state.ServedOn.Union(e.ServedOn)] },
        (_, ProtectionOrderReviewApplied) => state with { ReviewStatus = "pending" },
        (_, ProtectionOrderReviewDecided e) => state with { ReviewStatus = e.Outcome },
        (_, ProtectionOrderExtended e) => state with { ValidUntil = e.ValidUntil, Extensions = state.Extensions + 1 },
        (_, ProtectionOrderChanged e) => state with { Measures = e.Measures },
        (_, ProtectionOrderRevoked) => state with { Status = Revoked },
        (_, ProtectionOrderExpired) => state with { Status = Expired },
        (_, ProtectionOrderBreached e) => state with
        {
            Breaches = [.. state.Breaches, new Breach(e.BreachedOn, e.Description, e.Sanction, e.FineYuan, e.DetentionDays)],
        },
        _ => state,
    };

    private Decision? NotInForce(Moment m)
    {
        if (Status == Applied) return Decision.Reject("order-not-issued", "The application has not been decided yet.");
        if (Status == Rejected) return Decision.Reject("application-rejected", "The application was rejected: there is no order.");
        if (Status == Revoked) return Decision.Reject("order-revoked", "The order has been revoked.");
        if (Status == Expired || m.Today > ValidUntil) return Decision.Reject("order-expired", $"The order expired after {ValidUntil:yyyy-MM-dd}; apply for a new one.");
        return null;
    }

    public Decision Issue(IReadOnlyList<string> measures, DateOnly validUntil, Moment m)
    {
        if (!Undecided) return Decision.Reject("already-decided", $"The application has already been decided ({Status}).");
        if (validUntil < m.Today) return Decision.Reject("invalid-validity", "The order must be valid from today.");
        if (validUntil > m.Today.AddMonths(MaxValidityMonths))
            return Decision.Reject("validity-too-long", $"A protection order is valid for at most {MaxValidityMonths} months (until {m.Today.AddMonths(MaxValidityMonths):yyyy-MM-dd}).");
        return Decision.Accept(new ProtectionOrderIssued(Id, ChildId, RegionCode, measures, m.Today, validUntil, m.Now > DecisionDueAt, m.Now));
    }

    public Decision Reject(string reasons, Moment m) =>
        Undecided
            ? Decision.Accept(new ProtectionOrderRejected(Id, ChildId, RegionCode, reasons, m.Now > DecisionDueAt, m.Now))
            : Decision.Reject("already-decided", $"The application has already been decided ({Status}).");

    public Decision Serve(IReadOnlyList<string> on, Moment m)
    {
        if (NotInForce(m) is { } refused) return refused;
        var fresh = on.Except(ServedOn).ToList();
        return fresh.Count == 0
            ? Decision.Reject("already-served", "The order has already been served on them.")
            : Decision.Accept(new ProtectionOrderServed(Id, ChildId, RegionCode, fresh, Measures, ValidFrom!.Value, ValidUntil!.Value, m.Now));
    }

    public Decision ApplyForReview(string appliedBy, string reasons, Moment m)
    {
        if (Undecided) return Decision.Reject("order-not-issued", "The application has not been decided yet.");
        if (ReviewStatus is not null) return Decision.Reject("review-already-applied", "A decision is reviewed once.");
        // ADVL art. 31: the applicant may contest a rejection, the respondent an order.
        var party = Status == Rejected ? "applicant" : "respondent";
        if (appliedBy != party)
            return Decision.Reject("review-not-for-party", Status == Rejected
                ? "Only the applicant may apply for review of a rejection."
                : "Only the respondent may apply for review of an order.");
        if (m.Today > DecidedOn!.Value.AddDays(ReviewWindowDays))
            return Decision.Reject("review-window-passed", $"Review is applied for within {ReviewWindowDays} days of the decision ({DecidedOn:yyyy-MM-dd}).");
        return Decision.Accept(new ProtectionOrderReviewApplied(Id, ChildId, appliedBy, reasons, m.Now));
    }

    public Decision DecideReview(string outcome, string reasons, Moment m)
    {
        if (ReviewStatus != "pending") return Decision.Reject("no-pending-review", "No review is pending.");
        if (outcome == "revoked")
        {
            if (NotInForce(m) is { } refused) return refused;
            return Decision.Accept(new ProtectionOrderReviewDecided(Id, ChildId, outcome, reasons, m.Now), new ProtectionOrderRevoked(Id, ChildId, RegionCode, reasons, m.Now));
        }
        return Decision.Accept(new ProtectionOrderReviewDecided(Id, ChildId, outcome, reasons, m.Now));
    }

    public Decision Extend(DateOnly validUntil, Moment m)
    {
        if (NotInForce(m) is { } refused) return refused;
        if (validUntil <= ValidUntil) return Decision.Reject("not-an-extension", $"Extend beyond the current end ({ValidUntil:yyyy-MM-dd}).");
        if (validUntil > ValidUntil!.Value.AddMonths(MaxValidityMonths))
            return Decision.Reject("validity-too-long", $"An extension adds at most {MaxValidityMonths} months.");
        return Decision.Accept(new ProtectionOrderExtended(Id, ChildId, RegionCode, Measures, ValidUntil.Value, validUntil, m.Now));
    }

    public Decision Change(IReadOnlyList<string> measures, Moment m)
    {
        if (NotInForce(m) is { } refused) return refused;
        if (measures.Order().SequenceEqual(Measures.Order())) return Decision.Reject("no-change", "The measures are the same.");
        return Decision.Accept(new ProtectionOrderChanged(Id, ChildId, RegionCode, measures, ValidUntil!.Value, m.Now));
    }

    public Decision Revoke(string reasons, Moment m) =>
        NotInForce(m) ?? Decision.Accept(new ProtectionOrderRevoked(Id, ChildId, RegionCode, reasons, m.Now));

    public Decision RecordBreach(DateOnly breachedOn, string description, string sanction, int? fine, int? detention, Moment m)
    {
        if (Status is Applied or Rejected) return Decision.Reject("order-not-issued", "There is no order to breach.");
        if (breachedOn < ValidFrom || breachedOn > ValidUntil)
            return Decision.Reject("breach-outside-validity", $"The order was in force from {ValidFrom:yyyy-MM-dd} to {ValidUntil:yyyy-MM-dd}.");
        return Decision.Accept(new ProtectionOrderBreached(Id, ChildId, RegionCode, breachedOn, description, sanction, fine, detention, m.Now));
    }

    /// <summary>What a passed deadline means: decision overdue, president escalation, or expiry — each once.</summary>
    public Decision Lapse(string kind, Moment m) => kind switch
    {
        "decision" when Undecided && OverdueAt is null && m.Now >= DecisionDueAt =>
            Decision.Accept(new ProtectionOrderDecisionOverdue(Id, ChildId, RegionCode, DecisionDueAt, m.Now)),
        "president" when Undecided && EscalatedToPresidentAt is null && m.Now >= PresidentEscalationAt =>
            Decision.Accept(new ProtectionOrderEscalatedToPresident(Id, ChildId, RegionCode, DecisionDueAt, m.Now)),
        "expiry" when Status == Issued && m.Today > ValidUntil =>
            Decision.Accept(new ProtectionOrderExpired(Id, ChildId, RegionCode, ValidUntil!.Value, m.Now)),
        _ => Decision.Reject("not-due", "Nothing is due."),
    };
}

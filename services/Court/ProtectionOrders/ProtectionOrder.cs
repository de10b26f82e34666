using ChildProtection.Court.Http;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using ChildProtection.ServiceDefaults.Time;

namespace ChildProtection.Court.ProtectionOrders;

/// <summary>A breach as recorded.</summary>
public sealed record Breach(DateOnly BreachedOn, string Description, string Sanction, int? FineYuan, int? DetentionDays);

/// <summary>
/// 人身安全保护令 personal-safety protection order for a child: applied → issued (in force → expired or revoked) or rejected.
/// The decision is due within 72 hours, 24 if urgent (pack values); overdue once, then to the president once. Pure: Evolve
/// folds events; the commands (<see cref="IssueOrder"/> and the others) decide.
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

    /// <summary>Applied for and not yet decided.</summary>
    public bool Undecided => Status == Applied;

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

    /// <summary>What the command step needs: the fold, the jurisdiction, the audit subject (the child).</summary>
    public static readonly StreamKind<ProtectionOrder> Kind = new("protection order", Evolve, o => o.RegionCode);

    /// <summary>The rejection for a change to an order that is not in force today; null when it is.</summary>
    public Decision? NotInForce(Moment m)
    {
        if (Status == Applied) return Decision.Reject("order-not-issued", "The application has not been decided yet.");
        if (Status == Rejected) return Decision.Reject("application-rejected", "The application was rejected: there is no order.");
        if (Status == Revoked) return Decision.Reject("order-revoked", "The order has been revoked.");
        if (Status == Expired || m.Today > ValidUntil) return Decision.Reject("order-expired", $"The order expired after {ValidUntil:yyyy-MM-dd}; apply for a new one.");
        return null;
    }
}

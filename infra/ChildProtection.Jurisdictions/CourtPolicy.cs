namespace ChildProtection.Jurisdictions;

/// <summary>The court's statutory clocks for minors' cases (docs/domain.md §7).</summary>
/// <param name="ProtectionOrderDecisionHours">A personal-safety protection order (人身安全保护令) is decided within this many hours of the application (at most 72).</param>
/// <param name="ProtectionOrderUrgentDecisionHours">The same when the application is urgent (at most 24).</param>
/// <param name="PresidentEscalationHours">An overdue decision still open this many hours later goes to the court president's view.</param>
/// <param name="JudicialRecommendationReplyMonths">A judicial recommendation (司法建议) is replied to within this many months.</param>
/// <param name="RevocationPetitionWindowDays">When a case shows grounds to revoke guardianship and no petition is filed within these days, civil affairs is prompted that it must apply.</param>
public sealed record CourtPolicy(
    int ProtectionOrderDecisionHours,
    int ProtectionOrderUrgentDecisionHours,
    int PresidentEscalationHours,
    int JudicialRecommendationReplyMonths,
    int RevocationPetitionWindowDays);

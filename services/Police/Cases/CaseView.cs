using ChildProtection.Police.Http;

namespace ChildProtection.Police.Cases;

/// <summary>A case as an officer of its region sees it.</summary>
public sealed record CaseView(
    Guid Id, string Source, Guid? ReportId, Guid? RoutingId, Guid? ChildId, string RegionCode, string Kind, IReadOnlyList<string> Situations,
    string? Urgency, string? Account, string Status, DateTimeOffset OpenedAt, Guid? ReferralId, DateTimeOffset? ReferredAt,
    string? Outcome, string? OutcomeSummary, string? TransferredTo, string? TransferReason, DateTimeOffset? EndedAt, long Version)
{
    public static CaseView From(PoliceCase c, long version) => new(
        c.Id, c.Source, c.ReportId, c.RoutingId, c.ChildId, c.RegionCode, c.Kind, c.Situations, c.Urgency, c.Account,
        c.Status.ToString().ToLowerInvariant(), c.OpenedAt, c.ReferralId, c.ReferredAt, c.Outcome, c.OutcomeSummary,
        c.TransferredTo, c.TransferReason, c.EndedAt, version);
}

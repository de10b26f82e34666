using ChildProtection.Relief.Rules;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Relief.Entitlements;

/// <summary>Case states: <c>open</c> → <c>verified</c> (township) → <c>confirmed</c> (county); or <c>rejected</c>, <c>withdrawn</c>.</summary>
public static class CaseStatus
{
    public const string Open = "open";
    public const string Verified = "verified";
    public const string Confirmed = "confirmed";
    public const string Rejected = "rejected";
    public const string Withdrawn = "withdrawn";
}

/// <summary>Entitlement states.</summary>
public static class EntitlementStatus
{
    public const string Active = "active";
    public const string Suspended = "suspended";
    public const string Terminated = "terminated";
}

public sealed record ReliefCase(Guid CaseId, string Programme, string Origin, string Status, IReadOnlyList<string> Reasons,
    IReadOnlyList<string> MissingEvidence, DateOnly OpenedOn, string? VerifiedBy, DateTimeOffset? VerifiedAt, string? ConfirmedBy,
    DateTimeOffset? ConfirmedAt, string? RejectedBy, DateTimeOffset? RejectedAt, string? RejectionReasons)
{
    public bool Pending => Status is CaseStatus.Open or CaseStatus.Verified;
}

/// <summary>A suspension: no payment in [From, Until) (Until null while suspended).</summary>
public sealed record Suspension(DateOnly From, DateOnly? Until, string Reason);

public sealed record TerminationProposal(DateOnly ChangedOn, DateOnly EffectiveMonth, IReadOnlyList<string> Reasons, DateTimeOffset ProposedAt);

public sealed record Entitlement(Guid EntitlementId, string Programme, string Status, DateOnly StartMonth, DateOnly? EndMonth, int? MonthlyYuan,
    DateOnly? NextReviewDue, IReadOnlyList<Suspension> Suspensions, TerminationProposal? TerminationProposed, IReadOnlyList<DateOnly> OverdueRaised)
{
    public bool Current => Status is EntitlementStatus.Active or EntitlementStatus.Suspended;

    /// <summary>Whether the month (first day) is paid.</summary>
    public bool Pays(DateOnly month) =>
        month >= StartMonth && (EndMonth is not { } end || month < end)
        && !Suspensions.Any(s => month >= s.From && (s.Until is not { } until || month < until));
}

/// <summary>
/// A child's relief: cases and entitlements, folded from the child's stream (id = the child's registry id). Pure: Evolve
/// folds events; the commands (<see cref="Decisions.VerifyCase"/> and the others) decide.
/// </summary>
public sealed record ChildRelief(Guid ChildId, string RegionCode, IReadOnlyList<ReliefCase> Cases, IReadOnlyList<Entitlement> Entitlements)
{
    /// <summary>What the command step needs: the fold, the jurisdiction (the child's village), the audit subject (the child).</summary>
    public static readonly StreamKind<ChildRelief> Kind = new("relief record", Evolve, s => s.RegionCode);

    public ReliefCase? Case(Guid id) => Cases.FirstOrDefault(c => c.CaseId == id);

    public Entitlement? EntitlementOf(Guid id) => Entitlements.FirstOrDefault(e => e.EntitlementId == id);

    public bool Covers(string programme) => Entitlements.Any(e => e.Programme == programme && e.Current)
        || Cases.Any(c => c.Programme == programme && c.Pending);

    /// <summary>
    /// The overlap rule between the two allowances: the other one, when the child holds it — current, or terminated but
    /// still paid in <paramref name="from"/> or a later month.
    /// </summary>
    public string? Overlap(string programme, DateOnly? from = null)
    {
        var other = programme switch
        {
            Programmes.OrphanAllowance => Programmes.DeFactoUnsupportedAllowance,
            Programmes.DeFactoUnsupportedAllowance => Programmes.OrphanAllowance,
            _ => null,
        };
        return other is not null && Entitlements.Any(e => e.Programme == other && (e.Current || (from is { } m && e.EndMonth > m))) ? other : null;
    }

    private ChildRelief WithCase(Guid id, Func<ReliefCase, ReliefCase> change) =>
        this with { Cases = [.. Cases.Select(c => c.CaseId == id ? change(c) : c)] };

    private ChildRelief WithEntitlement(Guid id, Func<Entitlement, Entitlement> change) =>
        this with { Entitlements = [.. Entitlements.Select(e => e.EntitlementId == id ? change(e) : e)] };

    /// <summary>Pure evolve (null until the first case opens).</summary>
    public static ChildRelief? Evolve(ChildRelief? s, object @event) => @event switch
    {
        CaseOpened e => (s ?? new ChildRelief(e.ChildId, e.RegionCode, [], [])) is var r
            ? r with
            {
                RegionCode = e.RegionCode,
                Cases = [.. r.Cases, new ReliefCase(e.CaseId, e.Programme, e.Origin, CaseStatus.Open, e.Reasons, e.MissingEvidence,
                    e.OpenedOn, null, null, null, null, null, null, null)],
            }
            : null,
        CaseVerified e when s is not null => s.WithCase(e.CaseId, c => c with
        {
            Status = CaseStatus.Verified, VerifiedBy = e.VerifiedBy, VerifiedAt = e.VerifiedAt,
            MissingEvidence = [.. c.MissingEvidence.Where(m => !e.Evidence.Contains(m))],
        }),
        CaseConfirmed e when s is not null => s.WithCase(e.CaseId, c => c with
        {
            Status = CaseStatus.Confirmed, ConfirmedBy = e.ConfirmedBy, ConfirmedAt = e.ConfirmedAt,
        }),
        CaseRejected e when s is not null => s.WithCase(e.CaseId, c => c with
        {
            Status = CaseStatus.Rejected, RejectedBy = e.RejectedBy, RejectedAt = e.RejectedAt, RejectionReasons = e.Reasons,
        }),
        CaseWithdrawn e when s is not null => s.WithCase(e.CaseId, c => c with { Status = CaseStatus.Withdrawn }),
        EntitlementStarted e when s is not null => s with
        {
            Entitlements = [.. s.Entitlements, new Entitlement(e.EntitlementId, e.Programme, EntitlementStatus.Active, e.StartMonth, null,
                e.MonthlyYuan, e.NextReviewDue, [], null, [])],
        },
        EntitlementSuspended e when s is not null => s.WithEntitlement(e.EntitlementId, x => x with
        {
            Status = EntitlementStatus.Suspended, Suspensions = [.. x.Suspensions, new Suspension(e.FromMonth, null, e.Reason)],
        }),
        EntitlementResumed e when s is not null => s.WithEntitlement(e.EntitlementId, x => x with
        {
            Status = EntitlementStatus.Active,
            Suspensions = [.. x.Suspensions.Select(p => p.Until is null ? p with { Until = e.FromMonth } : p)],
        }),
        EntitlementTerminated e when s is not null => s.WithEntitlement(e.EntitlementId, x => x with
        {
            Status = EntitlementStatus.Terminated, EndMonth = e.EffectiveMonth,
        }),
        TerminationProposed e when s is not null => s.WithEntitlement(e.EntitlementId, x => x with
        {
            TerminationProposed = new TerminationProposal(e.ChangedOn, e.EffectiveMonth, e.Reasons, e.ProposedAt),
        }),
        ChildMoved e when s is not null => s with { RegionCode = e.ToRegion },
        ReviewRecorded e when s is not null => s.WithEntitlement(e.EntitlementId, x => x with { NextReviewDue = e.NextDue }),
        ReviewWentOverdue e when s is not null => s.WithEntitlement(e.EntitlementId, x => x with { OverdueRaised = [.. x.OverdueRaised, e.DueOn] }),
        _ => s,
    };

    /// <summary>Used by China-dated reads: the ledger's months from each start through <paramref name="through"/>.</summary>
    public IReadOnlyList<LedgerLine> Ledger(DateOnly through) =>
    [
        .. Entitlements.SelectMany(e => Months(e.StartMonth, through).Where(e.Pays).Select(m => new LedgerLine(m, e.EntitlementId, e.Programme, e.MonthlyYuan)))
            .OrderBy(l => l.Month).ThenBy(l => l.Programme, StringComparer.Ordinal),
    ];

    private static IEnumerable<DateOnly> Months(DateOnly from, DateOnly through)
    {
        for (var m = from; m <= through; m = m.AddMonths(1)) yield return m;
    }
}

/// <summary>One paid month of one entitlement.</summary>
public sealed record LedgerLine(DateOnly Month, Guid EntitlementId, string Programme, int? AmountYuan);

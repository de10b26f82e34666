using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Procuratorate.Cases;

/// <summary>
/// A procuratorate case: where it came from, whose child, and whether instruments may still be issued in it. Pure: Evolve
/// folds events; <see cref="CloseProcuratorateCase"/> closes it, and each instrument's issuing command decides on it.
/// </summary>
public sealed record ProcuratorateCase(Guid Id, string RegionCode, Guid? ChildId, string Source, Guid? ReferralId, Guid? PoliceCaseId,
    string? ClueFrom, IReadOnlyList<string> Grounds, string Summary, DateTimeOffset OpenedAt)
{
    public bool Closed => Outcome is not null;
    public string? Outcome { get; init; }
    public string? ClosingNote { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    public static readonly IReadOnlySet<string> Outcomes = new HashSet<string>(StringComparer.Ordinal)
    {
        "guardianship-restored", "guardianship-revoked", "prosecuted", "transferred", "no-further-action",
    };

    public static ProcuratorateCase? Evolve(ProcuratorateCase? state, object @event) => (state, @event) switch
    {
        (_, CaseOpened e) => new ProcuratorateCase(e.CaseId, e.RegionCode, e.ChildId, e.Source, e.ReferralId, e.PoliceCaseId, e.ClueFrom,
            e.Grounds, e.Summary, e.OpenedAt),
        (null, _) => null,
        (_, CaseClosed e) => state with { Outcome = e.Outcome, ClosingNote = e.Note, ClosedAt = e.ClosedAt },
        _ => state,
    };

    /// <summary>What the command step needs: the fold, the jurisdiction, the audit subject (the child, when the case names one).</summary>
    public static readonly StreamKind<ProcuratorateCase> Kind = new("case", Evolve, c => c.RegionCode);

    /// <summary>An instrument may be issued only in an open case.</summary>
    public Decision.Rejected? RefuseInstrument(bool needsChild)
    {
        if (Closed) return new Decision.Rejected("case-closed", "The case is closed: no instrument can be issued in it.");
        if (needsChild && ChildId is null)
            return new Decision.Rejected("case-has-no-child", "This instrument concerns a child: record the case with the child's registry id first.");
        return null;
    }
}

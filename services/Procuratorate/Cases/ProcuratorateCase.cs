using ChildProtection.EventStore;

namespace ChildProtection.Procuratorate.Cases;

/// <summary>A procuratorate case: where it came from, whose child, and whether instruments may still be issued in it.</summary>
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

    public static Decision Close(ProcuratorateCase state, string outcome, string? note, DateTimeOffset now) =>
        state.Closed
            ? Decision.Reject("case-closed", "The case is already closed.")
            : Decision.Accept(new CaseClosed(state.Id, state.ChildId, outcome, note, now));

    /// <summary>An instrument may be issued only in an open case.</summary>
    public Decision.Rejected? RefuseInstrument(bool needsChild)
    {
        if (Closed) return new Decision.Rejected("case-closed", "The case is closed: no instrument can be issued in it.");
        if (needsChild && ChildId is null)
            return new Decision.Rejected("case-has-no-child", "This instrument concerns a child: record the case with the child's registry id first.");
        return null;
    }
}

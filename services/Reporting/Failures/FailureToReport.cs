using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Reporting.Failures;

/// <summary>
/// Harm known without a mandatory report (Minors Protection Law art. 117): who knew (the unit, or <c>unidentified</c> until
/// a department names it), since when, and what shows it (a police case, a visit).
/// </summary>
public sealed record FailureToReportRecorded(Guid RecordId, Guid? ChildId, string RegionCode, string UnitType, string? UnitName, string EvidenceSource,
    Guid? EvidenceId, DateTimeOffset KnownSince, string Note, DateTimeOffset RecordedAt, string RecordedBy);

public static class FailureEventTypes
{
    public static void Register(EventTypes types) => types.Register<FailureToReportRecorded>("reporting.failure-to-report-recorded.v1");
}

/// <summary>A failure-to-report record: one event, recorded once.</summary>
public sealed record FailureToReport(FailureToReportRecorded Recorded)
{
    /// <summary>What the command step needs: the fold, the jurisdiction, the audit subject (the child, when known).</summary>
    public static readonly StreamKind<FailureToReport> Kind = new("failure to report", Evolve, s => s.Recorded.RegionCode, s => s.Recorded.ChildId);

    public static FailureToReport? Evolve(FailureToReport? state, object @event) => (state, @event) switch
    {
        (null, FailureToReportRecorded e) => new FailureToReport(e),
        _ => state,
    };
}

/// <summary>Record that a unit knew of harm and did not report it (by a department, or the platform from a police case).</summary>
public sealed record RecordFailureToReport(Guid RecordId, Guid? ChildId, string RegionCode, string UnitType, string? UnitName, string EvidenceSource,
    Guid? EvidenceId, DateTimeOffset KnownSince, string Note, string By, Moment At)
{
    public static Decision Decide(RecordFailureToReport c, FailureToReport? s) =>
        s is not null
            ? Decision.Reject("already-recorded", "This failure to report is already recorded.")
            : Decision.Accept(new FailureToReportRecorded(c.RecordId, c.ChildId, c.RegionCode, c.UnitType, c.UnitName, c.EvidenceSource, c.EvidenceId,
                c.KnownSince, c.Note, c.At.Now, c.By));
}

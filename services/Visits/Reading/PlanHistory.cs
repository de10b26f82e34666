using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using ChildProtection.Visits.Plans;

namespace ChildProtection.Visits.Reading;

/// <summary>
/// A plan with the visits recorded on it, in full (the plan itself keeps only their days): what <c>GET …/visits</c> reads,
/// folded from the same stream, visible where the plan is.
/// </summary>
public sealed record PlanHistory(Plan Plan, IReadOnlyList<VisitRecorded> Visits)
{
    /// <summary>The child the plan is about (the audit subject).</summary>
    public Guid ChildId => Plan.ChildId;

    /// <summary>Pure evolve: the plan's own fold, plus each visit as recorded (null until the plan opens).</summary>
    public static PlanHistory? Evolve(PlanHistory? history, object @event) =>
        Plan.Evolve(history?.Plan, @event) is { } plan
            ? new PlanHistory(plan, @event is VisitRecorded visit ? [.. history?.Visits ?? [], visit] : history?.Visits ?? [])
            : null;

    /// <summary>What the command step needs to read it: the fold and the plan's jurisdiction.</summary>
    public static readonly StreamKind<PlanHistory> Kind = new("visit plan", Evolve, h => h.Plan.RegionCode);
}

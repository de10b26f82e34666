using ChildProtection.Contracts.Visits;
using ChildProtection.Jurisdictions;
using ChildProtection.Reporting.Filing;
using ChildProtection.Reporting.Http;
using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Inbox;
using ChildProtection.ServiceDefaults.EventSourcing.Outbox;
using Marten;
using MassTransit;

namespace ChildProtection.Reporting.Consumers;

/// <summary>
/// A visit found signs of harm: the child director's mandatory report is filed without anyone typing it again (channel
/// <c>visit-escalation</c>, the village committee as the reporting unit, the registry child already known). The report id
/// derives from the visit id, so a visit yields one report however often the message arrives.
/// </summary>
public sealed class HarmFoundOnVisitConsumer : IdempotentConsumer<HarmFoundOnVisit>
{
    private readonly ReportFiler _filer;
    private readonly TimeProvider _clock;

    public HarmFoundOnVisitConsumer(IDocumentStore store, TimeProvider clock, ReportFiler filer) : base(store, clock)
    {
        _filer = filer;
        _clock = clock;
    }

    protected override string ConsumerName => "reporting-harm-found-on-visit";

    /// <summary>The report filed for a visit.</summary>
    public static Guid ReportIdFor(Guid visitId) => DeterministicGuid.ForMessage(visitId, 0x5250);

    protected override async Task HandleAsync(ConsumeContext<HarmFoundOnVisit> context, IDocumentSession session)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        if (!RegionCodes.IsValidPrefix(m.RegionCode) || m.ChildId == Guid.Empty)
            throw new DomainRejectionException("invalid-visit-finding", "The visit finding has no valid child id or region code.");
        var id = ReportIdFor(m.VisitId);
        // This visit's report is already filed (the same finding sent again under another message id).
        if (await session.Events.FetchStreamStateAsync(id, ct) is not null) return;

        var at = Moment.Of(_clock);
        var child = new ReportedChild(m.ChildId, null, m.RegionCode, []);
        var policy = _filer.PolicyFor(m.RegionCode);
        var observation = string.IsNullOrWhiteSpace(m.Observation) ? "Signs of harm or danger found on a visit." : m.Observation.Trim();
        var command = new FileReport(id, Secrets.ReceiptNumber(at.Now), Secrets.Hash(Secrets.Secret()), Codes.VisitEscalation,
            new Reporter("village-committee", $"村(居)民委员会 {m.RegionCode}", m.DirectorId?.ToString() ?? m.RecordedBy, "child-director"), child,
            SituationsFor(m.Findings), observation.Length > 2000 ? observation[..2000] : observation, m.ObservedAt, "urgent", m.VisitId,
            await _filer.EarlierAsync(child, at.Now, policy, ct), m.RecordedBy, policy, at);
        ReportFiler.File(session, command);
    }

    /// <summary>
    /// Finding codes to situations: a finding that is itself a situation code keeps it; signs of harm are
    /// <c>other-serious-harm</c> (the police must be told); anything else is <c>other-danger</c>.
    /// </summary>
    public static IReadOnlyList<string> SituationsFor(IReadOnlyList<string> findings)
    {
        var situations = findings.Where(ReportableSituations.All.Contains).ToList();
        if (findings.Contains("signs-of-harm") && situations.Count == 0) situations.Add(ReportableSituations.OtherSeriousHarm);
        if (situations.Count == 0) situations.Add(ReportableSituations.OtherDanger);
        return [.. situations.Distinct(StringComparer.Ordinal)];
    }
}

using ChildProtection.Police.Instruments;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Police.DomesticViolence;

/// <summary>
/// 告诫书 The police issued a domestic-violence warning letter for minor violence (Anti-Domestic Violence Law art. 16–17):
/// served on the abuser and the victim, the village committee notified, follow-up visits set with the committee.
/// </summary>
public sealed record WarningIssued(Guid WarningId, Guid CaseId, Guid? ChildId, string RegionCode, NamedGuardian Abuser, string Facts,
    DateOnly ServedOnAbuserOn, DateOnly ServedOnVictimOn, string VillageCommittee, DateOnly VillageCommitteeNotifiedOn,
    IReadOnlyList<DateOnly> FollowUpVisitDates, DateTimeOffset IssuedAt, string By) : IInstrumentIssued
{
    Guid IInstrumentIssued.InstrumentId => WarningId;
    string IInstrumentIssued.InstrumentKind => InstrumentKinds.DomesticViolenceWarning;
    string IInstrumentIssued.InstrumentStatus => DomesticViolenceWarning.FollowingUp;
    string? IInstrumentIssued.NamedPerson => Abuser.Name;
    DateTimeOffset? IInstrumentIssued.DueAt => null;
}

/// <summary>A follow-up visit of the warning was made; the last one scheduled ends the follow-up.</summary>
public sealed record WarningFollowUpRecorded(Guid WarningId, Guid CaseId, DateOnly VisitedOn, string Finding, string? Note, bool Last,
    DateTimeOffset RecordedAt, string By) : IInstrumentChanged
{
    Guid IInstrumentChanged.InstrumentId => WarningId;
    string IInstrumentChanged.InstrumentStatus => Last ? DomesticViolenceWarning.FollowedUp : DomesticViolenceWarning.FollowingUp;
    bool IInstrumentChanged.StopsClock => Last;
}

/// <summary>A warning letter: following up until every scheduled visit is recorded.</summary>
public sealed record DomesticViolenceWarning(Guid Id, Guid CaseId, Guid? ChildId, string RegionCode, NamedGuardian Abuser, string Facts,
    DateOnly ServedOnAbuserOn, DateOnly ServedOnVictimOn, string VillageCommittee, DateOnly VillageCommitteeNotifiedOn,
    IReadOnlyList<DateOnly> FollowUpVisitDates, DateTimeOffset IssuedAt, IReadOnlyList<WarningFollowUpRecorded> FollowUps)
{
    public const string FollowingUp = "following-up";
    public const string FollowedUp = "followed-up";

    /// <summary>What a follow-up visit found.</summary>
    public static readonly string[] Findings = ["no-further-violence", "violence-continuing", "family-not-found"];

    public string Status => FollowUps.Count >= FollowUpVisitDates.Count ? FollowedUp : FollowingUp;

    public static DomesticViolenceWarning? Evolve(DomesticViolenceWarning? state, object @event) => (state, @event) switch
    {
        (null, WarningIssued e) => new DomesticViolenceWarning(e.WarningId, e.CaseId, e.ChildId, e.RegionCode, e.Abuser, e.Facts,
            e.ServedOnAbuserOn, e.ServedOnVictimOn, e.VillageCommittee, e.VillageCommitteeNotifiedOn, e.FollowUpVisitDates, e.IssuedAt, []),
        ({ } s, WarningFollowUpRecorded e) => s with { FollowUps = [.. s.FollowUps, e] },
        _ => state,
    };

    /// <summary>What the command step needs: the fold, the jurisdiction, the audit subject (the child).</summary>
    public static readonly StreamKind<DomesticViolenceWarning> Kind = new("domestic violence warning", Evolve, w => w.RegionCode);

    public static EventTypes Register(EventTypes types) => types
        .Register<WarningIssued>("police.domestic-violence-warning-issued.v1")
        .Register<WarningFollowUpRecorded>("police.domestic-violence-warning-follow-up-recorded.v1");

    public static object View(DomesticViolenceWarning w, long version) => new
    {
        w.Id, w.CaseId, w.ChildId, w.RegionCode, w.Abuser, w.Facts, w.ServedOnAbuserOn, w.ServedOnVictimOn, w.VillageCommittee,
        w.VillageCommitteeNotifiedOn, w.FollowUpVisitDates, w.IssuedAt, w.Status,
        FollowUps = w.FollowUps.Select(f => new { f.VisitedOn, f.Finding, f.Note, f.RecordedAt }), Version = version,
    };
}

using ChildProtection.Police.Cases;
using ChildProtection.Police.Instruments;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Police.DomesticViolence;

/// <summary>Issue a warning letter in an open case.</summary>
public sealed record IssueWarning(Guid WarningId, NamedGuardian Abuser, string Facts, DateOnly ServedOnAbuserOn, DateOnly ServedOnVictimOn,
    string VillageCommittee, DateOnly VillageCommitteeNotifiedOn, IReadOnlyList<DateOnly> FollowUpVisitDates, string By, Moment At)
{
    public static Decision Decide(IssueWarning c, PoliceCase s) => !s.IsOpen
        ? PoliceCase.Ended(s)
        : Decision.Accept(new WarningIssued(c.WarningId, s.Id, s.ChildId, s.RegionCode, c.Abuser, c.Facts, c.ServedOnAbuserOn, c.ServedOnVictimOn,
            c.VillageCommittee, c.VillageCommitteeNotifiedOn, c.FollowUpVisitDates, c.At.Now, c.By));
}

/// <summary>Record a follow-up visit; refused once every scheduled visit is recorded, or before the letter was served.</summary>
public sealed record RecordFollowUp(DateOnly VisitedOn, string Finding, string? Note, string By, Moment At)
{
    public static Decision Decide(RecordFollowUp c, DomesticViolenceWarning s) =>
        s.Status == DomesticViolenceWarning.FollowedUp ? Decision.Reject("follow-up-complete", "Every scheduled follow-up visit is already recorded.")
        : c.VisitedOn < s.ServedOnAbuserOn ? Decision.Reject("visit-before-service", "A follow-up visit cannot predate the serving of the letter.")
        : Decision.Accept(new WarningFollowUpRecorded(s.Id, s.CaseId, c.VisitedOn, c.Finding, c.Note,
            s.FollowUps.Count + 1 >= s.FollowUpVisitDates.Count, c.At.Now, c.By));
}

using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Court.Revocations;

/// <summary>The procuratorate supports (or urged) the petition (支持起诉): recorded once, and not after the judgment.</summary>
public sealed record RecordProcuratorateSupport(Guid LawsuitId, string Mode, DateTimeOffset At)
{
    public static Decision Decide(RecordProcuratorateSupport c, RevocationCase s) =>
        s.SupportingLawsuitId == c.LawsuitId || s.Judgment is not null
            ? Decision.Reject("nothing-to-record", "Already supported, or judged.")
            : Decision.Accept(new RevocationSupportedByProcuratorate(s.Id, s.ChildId, c.LawsuitId, c.Mode, c.At));
}

/// <summary>Schedule the hearing, from today on, before the judgment.</summary>
public sealed record ScheduleRevocationHearing(DateOnly On, Moment At)
{
    public static Decision Decide(ScheduleRevocationHearing c, RevocationCase s)
    {
        if (s.Judgment is not null) return Decision.Reject("already-judged", "The petition has been judged.");
        if (c.On < c.At.Today) return Decision.Reject("hearing-in-the-past", "Schedule the hearing from today on.");
        return Decision.Accept(new RevocationHearingScheduled(s.Id, s.ChildId, c.On, c.At.Now));
    }
}

/// <summary>Judge the petition once, after the hearing: revoked (only the respondents' guardianship, with a new guardian) or not.</summary>
public sealed record JudgeRevocationPetition(bool Revoked, IReadOnlyList<string> RevokedGuardians, string? NewGuardian, DateOnly EffectiveOn,
    string Reasons, Moment At)
{
    public static Decision Decide(JudgeRevocationPetition c, RevocationCase s)
    {
        if (s.Judgment is not null) return Decision.Reject("already-judged", "The petition has already been judged.");
        if (s.HearingOn is not { } hearing || hearing > c.At.Today) return Decision.Reject("no-hearing-held", "Judge after the hearing.");
        if (c.Revoked && c.RevokedGuardians.Except(s.Respondents).Any())
            return Decision.Reject("not-a-respondent", $"Only the respondents' guardianship can be revoked ({string.Join(", ", s.Respondents)}).");
        return Decision.Accept(new RevocationJudged(s.Id, Guid.CreateVersion7(), s.ChildId, s.RegionCode, c.Revoked, c.Revoked ? c.RevokedGuardians : [],
            c.Revoked ? c.NewGuardian : null, c.EffectiveOn, c.Reasons, c.At.Now));
    }
}

/// <summary>A petition filed for the child discharges civil affairs' duty to petition.</summary>
public sealed record DischargeRevocationDuty(Guid PetitionCaseId, DateTimeOffset At)
{
    public static Decision Decide(DischargeRevocationDuty c, RevocationDuty s) =>
        s.DischargedBy is null
            ? Decision.Accept(new RevocationDutyDischarged(s.Id, s.ChildId, c.PetitionCaseId, c.At))
            : Decision.Reject("already-discharged", "A petition has already been filed.");
}

/// <summary>No petition in the window (the deadline scanner): civil affairs is prompted to apply itself, once.</summary>
public sealed record LapseRevocationDuty(Moment At)
{
    public static Decision Decide(LapseRevocationDuty c, RevocationDuty s) =>
        s.DischargedBy is null && s.PromptedAt is null && c.At.Today > s.PetitionDueOn
            ? Decision.Accept(new CivilAffairsPetitionPrompted(s.Id, s.ChildId, s.RegionCode, s.Grounds, s.PetitionDueOn, c.At.Now))
            : Decision.Reject("not-due", "Nothing is due.");
}

namespace ChildProtection.Registry.Children.Facts;

/// <summary>Which parent a situation is about.</summary>
public enum ParentRole { Father, Mother }

/// <summary>A parent's situation as the caseworker found it (docs/domain.md §2).</summary>
public enum ParentSituationKind
{
    /// <summary>Lives with the child and can care for them.</summary>
    Present,
    /// <summary>外出务工 works away from home.</summary>
    WorkingAway,
    /// <summary>死亡 dead.</summary>
    Dead,
    /// <summary>宣告失踪 declared missing by a court.</summary>
    DeclaredMissing,
    /// <summary>失联 lost contact; counted from the date the police accepted the missing report.</summary>
    LostContact,
    /// <summary>服刑 serving a prison sentence.</summary>
    Imprisoned,
    /// <summary>在押 in custody (detained).</summary>
    Detained,
    /// <summary>强制隔离戒毒 compulsory drug rehabilitation.</summary>
    CompulsoryRehabilitation,
    /// <summary>重残 severe disability (type and grade recorded).</summary>
    SevereDisability,
    /// <summary>重病 serious illness as the locality defines it.</summary>
    SeriousIllness,
    /// <summary>被撤销监护资格 guardianship revoked by a court.</summary>
    GuardianshipRevoked,
    /// <summary>被遣送(驱逐)出境 deported.</summary>
    Deported,
}

/// <summary>Disability types of the Chinese disability certificate (残疾人证).</summary>
public enum DisabilityType { Visual, Hearing, Speech, Physical, Intellectual, Mental, Multiple }

/// <summary>A certified disability: type and grade (1 = most severe … 4).</summary>
public sealed record Disability(DisabilityType Type, int Grade)
{
    /// <summary>
    /// 重度残疾 as the de-facto-unsupported rule reads it: grade 1–2 of any type, or grade 3–4 mental or intellectual.
    /// </summary>
    public bool IsSevere => Grade is 1 or 2 || (Grade is 3 or 4 && Type is DisabilityType.Mental or DisabilityType.Intellectual);
}

/// <summary>A parent's situation since a date.</summary>
/// <param name="Since">When it began; for <see cref="ParentSituationKind.LostContact"/> the police acceptance date of the missing report.</param>
/// <param name="ExpectedEnd">For deprivation of liberty: the expected release date (null = not known, e.g. a life sentence).</param>
/// <param name="Disability">For <see cref="ParentSituationKind.SevereDisability"/>: the certified disability.</param>
public sealed record ParentSituation(ParentSituationKind Kind, DateOnly Since, DateOnly? ExpectedEnd, Disability? Disability)
{
    /// <summary>Imprisoned, detained or in compulsory rehabilitation.</summary>
    public bool IsDeprivedOfLiberty => Kind is ParentSituationKind.Imprisoned or ParentSituationKind.Detained
        or ParentSituationKind.CompulsoryRehabilitation;

    /// <summary>Dead or declared missing: the orphan conditions.</summary>
    public bool IsDeadOrMissing => Kind is ParentSituationKind.Dead or ParentSituationKind.DeclaredMissing;
}

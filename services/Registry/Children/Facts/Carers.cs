namespace ChildProtection.Registry.Children.Facts;

/// <summary>The carer's relation to the child. Grandparents are direct relatives (直系亲属); the others are not.</summary>
public enum CarerRelation { PaternalGrandparent, MaternalGrandparent, AdultSibling, UncleOrAunt, OtherRelative, FamilyFriend, Neighbour, Other }

/// <summary>
/// What makes a person unfit to be entrusted with a child (Minors Protection Law art. 22): records of sexual
/// abuse, abuse, abandonment, trafficking or violence; drug, alcohol or gambling habits; past neglect.
/// </summary>
public enum UnfitCarerFlag { SexualAbuseRecord, AbuseRecord, AbandonmentRecord, TraffickingRecord, ViolenceRecord, DrugHabit, AlcoholHabit, GamblingHabit, PastNeglect }

/// <summary>A written care agreement (委托照护协议): signed or not, and when.</summary>
public sealed record CareAgreement(bool Signed, DateOnly? SignedOn);

/// <summary>被委托照护人 the adult the parents entrusted with the child's daily care.</summary>
public sealed record DelegatedCarer(string Name, CarerRelation Relation, bool DirectRelative, CareAgreement Agreement,
    IReadOnlyList<UnfitCarerFlag> UnfitFlags, DateOnly Since)
{
    /// <summary>Direct relatives by relation; null when the relation does not settle it.</summary>
    public static bool? IsDirectRelative(CarerRelation relation) => relation switch
    {
        CarerRelation.PaternalGrandparent or CarerRelation.MaternalGrandparent => true,
        CarerRelation.OtherRelative or CarerRelation.Other => null,
        _ => false,
    };

    /// <summary>Value equality, the unfit flags compared as a set: re-sending the same carer changes nothing.</summary>
    public bool Equals(DelegatedCarer? other) =>
        other is not null && Name == other.Name && Relation == other.Relation && DirectRelative == other.DirectRelative
        && Agreement == other.Agreement && Since == other.Since && UnfitFlags.Order().SequenceEqual(other.UnfitFlags.Order());

    public override int GetHashCode() => HashCode.Combine(Name, Relation, DirectRelative, Agreement, Since, UnfitFlags.Count);
}

/// <summary>A guardian other than the parents (其他监护人), e.g. an adult sibling appointed by the court.</summary>
public sealed record OtherGuardian(Guid GuardianId, string Name, string Relation, DateOnly Since);

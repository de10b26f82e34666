namespace ChildProtection.Registry.Children.Facts;

/// <summary>Who holds guardianship (Civil Code art. 27–34; Minors Protection Law art. 92–96).</summary>
public enum GuardianshipStatus
{
    /// <summary>The parents are the guardians.</summary>
    Parental,
    /// <summary>临时监护 temporary guardianship by civil affairs.</summary>
    TemporaryState,
    /// <summary>长期监护 long-term guardianship by civil affairs.</summary>
    LongTermState,
    /// <summary>A guardian appointed by a court or the village committee.</summary>
    AppointedGuardian,
}

/// <summary>Where civil affairs placed a child under state guardianship.</summary>
public enum Placement { Relatives, FosterFamily, RescueProtectionInstitution, ChildWelfareInstitution }

/// <summary>The guardianship situation since a date.</summary>
public sealed record Guardianship(GuardianshipStatus Status, Placement? Placement, string? AppointedGuardian, string Basis, DateOnly Since)
{
    public static Guardianship Default(DateOnly birthDate) => new(GuardianshipStatus.Parental, null, null, "parents", birthDate);
}

/// <summary>监护评估 risk level of a guardianship assessment (Baotou: act at once on high).</summary>
public enum RiskLevel { Low, Medium, High }

/// <summary>What the assessment recommends.</summary>
public enum AssessmentRecommendation { NoAction, Intervene, ContinueStateGuardianship, ReturnToGuardian }

/// <summary>A guardianship assessment by civil affairs.</summary>
public sealed record GuardianshipAssessment(Guid AssessmentId, DateOnly AssessedOn, RiskLevel RiskLevel,
    AssessmentRecommendation Recommendation, string Summary);

using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults.EventSourcing;

namespace ChildProtection.Registry.Children;

/// <summary>A child's file was opened in the registry (一人一档).</summary>
public sealed record ChildRegistered(Guid ChildId, ChildDetails Details, DateTimeOffset RegisteredAt);

/// <summary>A caseworker corrected a child's basic details.</summary>
public sealed record ChildDetailsCorrected(Guid ChildId, ChildDetails Details, DateTimeOffset CorrectedAt);

/// <summary>The child's national ID number was recorded, encrypted, with its blind index and masked form.</summary>
public sealed record NationalIdRecorded(Guid ChildId, ProtectedNationalId NationalId, DateTimeOffset RecordedAt);

/// <summary>The child's home address was recorded, encrypted (<see cref="HomeAddresses"/>); never in clear in the stream.</summary>
public sealed record HomeAddressRecorded(Guid ChildId, string Address, DateTimeOffset RecordedAt);

/// <summary>The child's school was recorded (null = not in school).</summary>
public sealed record SchoolRecorded(Guid ChildId, string? School, DateTimeOffset RecordedAt);

/// <summary>A parent's situation was recorded.</summary>
public sealed record ParentSituationRecorded(Guid ChildId, ParentRole Parent, ParentSituation Situation, DateTimeOffset RecordedAt);

/// <summary>A guardian other than the parents was recorded.</summary>
public sealed record GuardianAdded(Guid ChildId, OtherGuardian Guardian, DateTimeOffset RecordedAt);

/// <summary>A guardian other than the parents no longer is one.</summary>
public sealed record GuardianRemoved(Guid ChildId, Guid GuardianId, DateOnly On, string Reason, DateTimeOffset RecordedAt);

/// <summary>The parents entrusted the child's daily care to a carer (委托照护).</summary>
public sealed record CarerDelegated(Guid ChildId, DelegatedCarer Carer, DateTimeOffset RecordedAt);

/// <summary>The delegated care ended.</summary>
public sealed record CarerDelegationEnded(Guid ChildId, DateOnly On, string Reason, DateTimeOffset RecordedAt);

/// <summary>A risk factor was flagged (derived ones follow a parent's recorded situation).</summary>
public sealed record RiskFactorFlagged(Guid ChildId, RiskFactor RiskFactor, DateTimeOffset RecordedAt);

/// <summary>A risk factor no longer applies.</summary>
public sealed record RiskFactorCleared(Guid ChildId, string Code, DateOnly On, string Reason, DateTimeOffset RecordedAt);

/// <summary>A family hardship was recorded.</summary>
public sealed record FamilyHardshipRecorded(Guid ChildId, FamilyHardship Hardship, DateTimeOffset RecordedAt);

/// <summary>A family hardship no longer applies.</summary>
public sealed record FamilyHardshipCleared(Guid ChildId, HardshipKind Kind, DateOnly On, string Reason, DateTimeOffset RecordedAt);

/// <summary>Harm from absent or improper guardianship was recorded.</summary>
public sealed record HarmRecorded(Guid ChildId, HarmRecord Harm, DateTimeOffset RecordedAt);

/// <summary>A recorded harm was resolved (the child is safe again).</summary>
public sealed record HarmResolved(Guid ChildId, Guid HarmId, DateOnly On, string Resolution, DateTimeOffset RecordedAt);

/// <summary>The guardianship situation changed.</summary>
public sealed record GuardianshipChanged(Guid ChildId, Guardianship Guardianship, DateTimeOffset RecordedAt);

/// <summary>Civil affairs assessed the guardianship (监护评估).</summary>
public sealed record GuardianshipAssessed(Guid ChildId, GuardianshipAssessment Assessment, DateTimeOffset RecordedAt);

/// <summary>A child director was assigned to the child.</summary>
public sealed record DirectorAssigned(Guid ChildId, Guid DirectorId, DateTimeOffset AssignedAt);

/// <summary>The child entered a category, computed from the facts (never typed in).</summary>
public sealed record CategoryEntered(Guid ChildId, string Category, IReadOnlyList<string> Reasons, DateOnly Since, DateTimeOffset RecordedAt);

/// <summary>The child left a category.</summary>
public sealed record CategoryLeft(Guid ChildId, string Category, IReadOnlyList<string> Reasons, DateOnly EndedOn, DateTimeOffset RecordedAt);

/// <summary>工作日志 a work-log entry on the child's file (also care and assistance records, psychological assessments).</summary>
public sealed record WorkLogNoted(Guid ChildId, Guid NoteId, string Kind, string Text, DateOnly On, DateTimeOffset RecordedAt);

/// <summary>发现问题 a problem found.</summary>
public sealed record ProblemFound(Guid ChildId, Guid ProblemId, string Description, DateOnly FoundOn, DateTimeOffset RecordedAt);

/// <summary>解决方案 how a problem found was solved.</summary>
public sealed record ProblemSolved(Guid ChildId, Guid ProblemId, string Solution, DateOnly SolvedOn, DateTimeOffset RecordedAt);

/// <summary>The stable names under which the registry stores its events.</summary>
public static class ChildEventTypes
{
    public const string StreamType = "child";

    /// <summary>The events of a child's own stream (those that move its version and ETag).</summary>
    public static IReadOnlySet<Type> All { get; } = new HashSet<Type>
    {
        typeof(ChildRegistered), typeof(ChildDetailsCorrected), typeof(NationalIdRecorded), typeof(HomeAddressRecorded), typeof(SchoolRecorded),
        typeof(ParentSituationRecorded), typeof(GuardianAdded), typeof(GuardianRemoved), typeof(CarerDelegated), typeof(CarerDelegationEnded),
        typeof(RiskFactorFlagged), typeof(RiskFactorCleared), typeof(FamilyHardshipRecorded), typeof(FamilyHardshipCleared), typeof(HarmRecorded),
        typeof(HarmResolved), typeof(GuardianshipChanged), typeof(GuardianshipAssessed), typeof(DirectorAssigned), typeof(CategoryEntered),
        typeof(CategoryLeft), typeof(WorkLogNoted), typeof(ProblemFound), typeof(ProblemSolved),
    };

    public static void Register(EventTypes types) => types
        .Register<ChildRegistered>("registry.child-registered.v1")
        .Register<ChildDetailsCorrected>("registry.child-details-corrected.v1")
        .Register<NationalIdRecorded>("registry.national-id-recorded.v1")
        .Register<HomeAddressRecorded>("registry.home-address-recorded.v1")
        .Register<SchoolRecorded>("registry.school-recorded.v1")
        .Register<ParentSituationRecorded>("registry.parent-situation-recorded.v1")
        .Register<GuardianAdded>("registry.guardian-added.v1")
        .Register<GuardianRemoved>("registry.guardian-removed.v1")
        .Register<CarerDelegated>("registry.carer-delegated.v1")
        .Register<CarerDelegationEnded>("registry.carer-delegation-ended.v1")
        .Register<RiskFactorFlagged>("registry.risk-factor-flagged.v1")
        .Register<RiskFactorCleared>("registry.risk-factor-cleared.v1")
        .Register<FamilyHardshipRecorded>("registry.family-hardship-recorded.v1")
        .Register<FamilyHardshipCleared>("registry.family-hardship-cleared.v1")
        .Register<HarmRecorded>("registry.harm-recorded.v1")
        .Register<HarmResolved>("registry.harm-resolved.v1")
        .Register<GuardianshipChanged>("registry.guardianship-changed.v1")
        .Register<GuardianshipAssessed>("registry.guardianship-assessed.v1")
        .Register<DirectorAssigned>("registry.director-assigned.v1")
        .Register<CategoryEntered>("registry.category-entered.v1")
        .Register<CategoryLeft>("registry.category-left.v1")
        .Register<WorkLogNoted>("registry.work-log-noted.v1")
        .Register<ProblemFound>("registry.problem-found.v1")
        .Register<ProblemSolved>("registry.problem-solved.v1");
}

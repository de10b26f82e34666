namespace ChildProtection.ServiceDefaults;

/// <summary>The departments that may hold a platform token (docs/domain.md §1).</summary>
public static class Departments
{
    /// <summary>民政 civil affairs, the lead department.</summary>
    public const string CivilAffairs = "civil-affairs";
    /// <summary>公安 police.</summary>
    public const string Police = "police";
    /// <summary>检察院 procuratorate.</summary>
    public const string Procuratorate = "procuratorate";
    /// <summary>法院 court.</summary>
    public const string Court = "court";
    /// <summary>教育 education.</summary>
    public const string Education = "education";
    /// <summary>卫生健康 health.</summary>
    public const string Health = "health";
    /// <summary>妇联 women's federation.</summary>
    public const string WomenFederation = "women-federation";
    /// <summary>残联 disabled persons' federation.</summary>
    public const string DisabledFederation = "disabled-federation";
    /// <summary>村(居)委会 village or residents' committee.</summary>
    public const string VillageCommittee = "village-committee";
    /// <summary>The platform's own operators.</summary>
    public const string Platform = "platform";

    /// <summary>Every known department.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        CivilAffairs, Police, Procuratorate, Court, Education, Health,
        WomenFederation, DisabledFederation, VillageCommittee, Platform,
    };

    /// <summary>True when <paramref name="department"/> is one of <see cref="All"/> (exact, lower case).</summary>
    public static bool IsKnown(string? department) => department is not null && All.Contains(department);
}

namespace ChildProtection.Web.Account;

/// <summary>
/// Who one can be on the development sign-in page: every department and its roles, and ready-made people of the
/// seeded county (Binhai New Area, Tianjin: 120116) so a newcomer can try each department's work at once.
/// </summary>
public static class DevPersonas
{
    public sealed record Persona(string Key, string LabelKey, string Department, string Role, string Region, string User);

    public static readonly IReadOnlyList<Persona> All =
    [
        new("director", "Persona.Director", "civil-affairs", "child-director", "120116100201", "dir-taiping"),
        new("supervisor", "Persona.Supervisor", "civil-affairs", "supervisor", "120116100", "sup-100"),
        new("caseworker", "Persona.Caseworker", "civil-affairs", "caseworker", "120116", "cw-binhai"),
        new("relief-township", "Persona.ReliefTownship", "civil-affairs", "relief-officer", "120116100", "relief-100"),
        new("relief-county", "Persona.ReliefCounty", "civil-affairs", "relief-officer", "120116", "relief-binhai"),
        new("teacher", "Persona.Teacher", "education", "teacher", "120116", "teacher-1"),
        new("education", "Persona.EducationCaseworker", "education", "caseworker", "120116", "edu-binhai"),
        new("doctor", "Persona.Doctor", "health", "doctor", "120116", "doctor-1"),
        new("village-committee", "Persona.VillageCommittee", "village-committee", "member", "120116100201", "vc-taiping"),
        new("police", "Persona.Police", "police", "officer", "120116", "officer-binhai"),
        new("prosecutor", "Persona.Prosecutor", "procuratorate", "prosecutor", "120116", "pros-binhai"),
        new("judge", "Persona.Judge", "court", "judge", "120116", "judge-binhai"),
        new("clerk", "Persona.Clerk", "court", "court-clerk", "120116", "clerk-binhai"),
        new("auditor", "Persona.Auditor", "civil-affairs", "auditor", "120116", "auditor-binhai"),
    ];

    public static readonly IReadOnlyList<string> Departments =
        ["civil-affairs", "police", "procuratorate", "court", "education", "health", "village-committee", "women-federation", "disabled-federation", "platform"];

    public static IReadOnlyList<string> RolesOf(string? department) => department switch
    {
        "civil-affairs" => ["child-director", "supervisor", "caseworker", "relief-officer", "auditor"],
        "police" => ["officer", "auditor"],
        "procuratorate" => ["prosecutor", "auditor"],
        "court" => ["judge", "court-clerk", "auditor"],
        "education" => ["teacher", "caseworker", "supervisor", "auditor"],
        "health" => ["doctor", "auditor"],
        "village-committee" => ["member"],
        "women-federation" or "disabled-federation" => ["staff"],
        "platform" => ["operator", "auditor", "hotline-agent"],
        _ => [],
    };
}

using ChildProtection.ServiceDefaults;

namespace ChildProtection.Registry.Children.Reading;

/// <summary>Who may see a child's full name and ID number (PIPL art. 28: minimum necessary) and how others see them.</summary>
public static class NamePolicy
{
    /// <summary>Civil affairs keeps the file and visits the child: it needs the name. Others get it masked.</summary>
    public static bool MayReadFullName(Caller caller) => caller.Department == Departments.CivilAffairs;

    /// <summary>
    /// The clear ID number is needed to apply for allowances and to identify a child in a case: civil-affairs
    /// caseworkers and relief officers, and police officers. Even they get it only when they ask (<c>?reveal=nationalId</c>).
    /// </summary>
    public static bool MayRevealNationalId(Caller caller) =>
        (caller.Department == Departments.CivilAffairs && caller.Role is Roles.Caseworker or Roles.ReliefOfficer)
        || (caller.Department == Departments.Police && caller.Role == Roles.Officer);

    /// <summary>
    /// The clear home address is needed by whoever goes to the home: civil-affairs caseworkers and child directors
    /// (home visits), and police officers (removal in an emergency). Only when they ask (<c>?reveal=address</c>).
    /// </summary>
    public static bool MayRevealAddress(Caller caller) =>
        (caller.Department == Departments.CivilAffairs && caller.Role is Roles.Caseworker or Roles.ChildDirector)
        || (caller.Department == Departments.Police && caller.Role == Roles.Officer);

    /// <summary>王小明 → 王*明; 李明 → 李*.</summary>
    public static string Mask(string name) => name.Length switch
    {
        <= 1 => "*",
        2 => name[0] + "*",
        _ => name[0] + new string('*', name.Length - 2) + name[^1],
    };
}

using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Privacy;

namespace ChildProtection.Registry.Privacy;

/// <summary>
/// Directors' and supervisors' phones: public contacts, but still personal information, so encrypted at rest
/// (field <c>staff-phone</c>) in events and in the roster tables. Civil affairs manages the roster and calls them,
/// so it reads the number in full; every other department sees it masked (138****5678).
/// </summary>
public sealed class StaffPhones(FieldProtector fields)
{
    /// <summary>The field name bound into every ciphertext.</summary>
    public const string Field = "staff-phone";

    /// <summary>The value to store for a validated phone.</summary>
    public string Protect(string clear) => fields.Protect(Field, clear);

    /// <summary>The clear phone; events written before encryption hold it clear and are returned as they are.</summary>
    public string Clear(string stored) => FieldProtector.IsProtected(stored) ? fields.Reveal(Field, stored) : stored;

    /// <summary>The phone as <paramref name="caller"/> may see it.</summary>
    public string For(Caller caller, string stored) => MayReadInFull(caller) ? Clear(stored) : FieldMasks.Phone(Clear(stored));

    /// <summary>Civil affairs appoints, trains and calls directors and supervisors.</summary>
    public static bool MayReadInFull(Caller caller) => caller.Department == Departments.CivilAffairs;
}

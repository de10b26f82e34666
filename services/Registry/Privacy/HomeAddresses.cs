using ChildProtection.ServiceDefaults.Privacy;

namespace ChildProtection.Registry.Privacy;

/// <summary>
/// The child's home address (家庭住址), part of the caseworker's ledger: encrypted in its event (field <c>home-address</c>),
/// shown as the village code and <c>****</c> unless a caller whose duty takes them to the home asks for it
/// (<see cref="Children.Reading.NamePolicy.MayRevealAddress"/>), and every such read is audited.
/// </summary>
public sealed class HomeAddresses(FieldProtector fields)
{
    /// <summary>The field name bound into every ciphertext.</summary>
    public const string Field = "home-address";

    /// <summary>The value to store for a validated address.</summary>
    public string Protect(string clear) => fields.Protect(Field, clear);

    /// <summary>The clear address.</summary>
    public string Reveal(string stored) => fields.Reveal(Field, stored);

    /// <summary>What everyone else sees: where the child lives to the village, nothing more.</summary>
    public static string Mask(string regionCode) => regionCode + " ****";
}

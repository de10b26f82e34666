using ChildProtection.ServiceDefaults.Privacy;

namespace ChildProtection.Reporting.Privacy;

/// <summary>
/// The reporter's contact (usually a phone): encrypted at rest in the report's events (field <c>reporter-contact</c>),
/// masked in every response (138****5678). A receiving department that needs to call the reporter back asks for it
/// in clear with <c>?reveal=contact</c> on the report; nothing else shows it.
/// </summary>
public sealed class ReporterContacts(FieldProtector fields)
{
    /// <summary>The field name bound into every ciphertext.</summary>
    public const string Field = "reporter-contact";

    /// <summary>The value to store for a validated contact.</summary>
    public string Protect(string clear) => fields.Protect(Field, clear);

    /// <summary>The clear contact; events written before encryption (and service-made reports) hold it clear.</summary>
    public string Clear(string stored) => FieldProtector.IsProtected(stored) ? fields.Reveal(Field, stored) : stored;

    /// <summary>The contact as shown: masked unless <paramref name="reveal"/>.</summary>
    public string Show(string stored, bool reveal) => reveal ? Clear(stored) : FieldMasks.Phone(Clear(stored));
}

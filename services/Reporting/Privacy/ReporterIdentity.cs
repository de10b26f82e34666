using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults.Privacy;

namespace ChildProtection.Reporting.Privacy;

/// <summary>
/// Who reported (the person's name and contact): encrypted at rest in the report's events (fields
/// <c>reporter-person</c> and <c>reporter-contact</c>), masked in every response (王**, 138****5678). A receiving
/// department that needs to call the reporter back asks for them in clear with <c>?reveal=contact</c>,
/// <c>?reveal=person</c> or <c>?reveal=person,contact</c> on the report; nothing else shows them. The reporting unit
/// stays in clear: a department needs it to weigh the report, and it names no one.
/// </summary>
public sealed class ReporterIdentity(FieldProtector fields)
{
    public const string PersonField = "reporter-person";
    public const string ContactField = "reporter-contact";

    /// <summary>What the caller asked to see in clear.</summary>
    public sealed record Reveal(bool Person, bool Contact)
    {
        public static readonly Reveal Nothing = new(false, false);

        /// <summary>Reads <c>?reveal=</c> (a comma-separated list of <c>person</c> and <c>contact</c>); null when it names anything else.</summary>
        public static Reveal? Parse(string? value)
        {
            if (string.IsNullOrEmpty(value)) return Nothing;
            var parts = value.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Any(p => p is not ("person" or "contact"))) return null;
            return new(parts.Contains("person"), parts.Contains("contact"));
        }
    }

    /// <summary>The reporter to store: person and contact encrypted.</summary>
    public Reporter Protect(Reporter clear) =>
        clear with { Person = fields.Protect(PersonField, clear.Person), Contact = fields.Protect(ContactField, clear.Contact) };

    /// <summary>
    /// The reporter as shown: person and contact masked unless revealed. Events written before encryption (and reports
    /// the platform files from a visit finding) hold them clear.
    /// </summary>
    public Reporter Show(Reporter stored, Reveal reveal)
    {
        var person = Clear(PersonField, stored.Person);
        var contact = Clear(ContactField, stored.Contact);
        return stored with
        {
            Person = reveal.Person ? person : FieldMasks.Name(person),
            Contact = reveal.Contact ? contact : FieldMasks.Phone(contact),
        };
    }

    /// <summary>The reporter as every command's answer shows it: person and contact masked.</summary>
    public Reporter Masked(Reporter stored) => Show(stored, Reveal.Nothing);

    private string Clear(string field, string stored) => FieldProtector.IsProtected(stored) ? fields.Reveal(field, stored) : stored;
}

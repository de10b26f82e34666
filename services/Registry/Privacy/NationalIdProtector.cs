using ChildProtection.ServiceDefaults.Privacy;

namespace ChildProtection.Registry.Privacy;

/// <summary>ID numbers at rest: encrypted by the platform's key ring (field <c>national-id</c>) and found by their blind index.</summary>
public sealed class NationalIdProtector(FieldProtector fields)
{
    /// <summary>The field name bound into every ciphertext.</summary>
    public const string Field = "national-id";

    /// <summary>Protects a valid, normalised number under the current key.</summary>
    public ProtectedNationalId Protect(string normalized) =>
        new(fields.Protect(Field, normalized), BlindIndex(normalized), NationalIdNumber.Mask(normalized));

    /// <summary>The clear number, for a caller whose duty needs it. Reads both <c>v1:</c> values and the <c>k1:</c> ones older events hold.</summary>
    public string Reveal(ProtectedNationalId value) => FieldProtector.IsProtected(value.Ciphertext)
        ? fields.Reveal(Field, value.Ciphertext)
        : fields.RevealLegacy(Field, value.Ciphertext);

    /// <summary>The blind index of a normalised number: equal numbers give equal indexes, nothing else is revealed.</summary>
    public string BlindIndex(string normalized) => fields.BlindIndex(normalized);
}

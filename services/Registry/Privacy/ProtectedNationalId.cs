namespace ChildProtection.Registry.Privacy;

/// <summary>
/// A national ID number as stored: AES-GCM ciphertext (<c>key-id:nonce:ciphertext+tag</c>, base64 parts), the HMAC
/// blind index used for lookup and de-duplication, and the masked form shown by default. The clear number is
/// never stored, published or logged.
/// </summary>
public sealed record ProtectedNationalId(string Ciphertext, string BlindIndex, string Masked);

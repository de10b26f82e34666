namespace ChildProtection.Registry.Privacy;

/// <summary>
/// A national ID number as stored: AES-GCM ciphertext (<c>v1:key-id:nonce:ciphertext+tag</c>; older events <c>key-id:nonce:ciphertext+tag</c>), the HMAC
/// blind index used for lookup and de-duplication, and the masked form shown by default. The clear number is
/// never stored, published or logged.
/// </summary>
public sealed record ProtectedNationalId(string Ciphertext, string BlindIndex, string Masked);

using System.Security.Cryptography;

namespace ChildProtection.ServiceDefaults.Privacy;

/// <summary>A stored value names a key this service does not hold: the ring lost a key that data still needs.</summary>
public sealed class FieldKeyMissingException(string keyId, string field)
    : CryptographicException($"The stored {field} was encrypted under key id '{keyId}', which is not configured (Privacy:Keys:{keyId}); "
        + "add that key back to the ring to read it.")
{
    /// <summary>The key id the value names.</summary>
    public string KeyId { get; } = keyId;
}

using System.Security.Cryptography;

namespace ChildProtection.Testing;

/// <summary>Fixed keys for ID numbers at rest in tests (the local platform generates its own under .local/).</summary>
public static class TestPrivacyKeys
{
    public static readonly string EncryptionKey = Convert.ToBase64String(SHA256.HashData("childprotection-test-id-encryption-key"u8));
    public static readonly string BlindIndexKey = Convert.ToBase64String(SHA256.HashData("childprotection-test-id-blind-index-key"u8));
}

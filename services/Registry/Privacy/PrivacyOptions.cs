using Microsoft.Extensions.Options;

namespace ChildProtection.Registry.Privacy;

/// <summary>Keys for ID numbers at rest (section <c>Privacy</c>). The local platform generates its own under .local/.</summary>
public sealed class PrivacyOptions
{
    /// <summary>Base64 of 32 bytes: the AES-256-GCM key for ID numbers.</summary>
    public string EncryptionKey { get; set; } = "";

    /// <summary>Names the encryption key inside each ciphertext, so keys can be rotated.</summary>
    public string EncryptionKeyId { get; set; } = "k1";

    /// <summary>Base64 of at least 32 bytes: the HMAC-SHA256 key of the blind index.</summary>
    public string BlindIndexKey { get; set; } = "";
}

/// <summary>Fails start-up with a clear message when a key is missing or malformed.</summary>
public sealed class PrivacyOptionsValidator : IValidateOptions<PrivacyOptions>
{
    public ValidateOptionsResult Validate(string? name, PrivacyOptions options)
    {
        var failures = new List<string>();
        if (KeyLength(options.EncryptionKey) != 32)
            failures.Add("Privacy:EncryptionKey must be the base64 of exactly 32 random bytes (AES-256-GCM).");
        if (KeyLength(options.BlindIndexKey) < 32)
            failures.Add("Privacy:BlindIndexKey must be the base64 of at least 32 random bytes (HMAC-SHA256).");
        if (string.IsNullOrWhiteSpace(options.EncryptionKeyId) || options.EncryptionKeyId.Contains(':', StringComparison.Ordinal))
            failures.Add("Privacy:EncryptionKeyId must be a non-empty name without ':'.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static int KeyLength(string value)
    {
        var buffer = new byte[((value?.Length ?? 0) * 3 / 4) + 3];
        return Convert.TryFromBase64String(value ?? "", buffer, out var written) ? written : -1;
    }
}

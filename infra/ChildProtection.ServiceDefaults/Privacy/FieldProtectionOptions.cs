namespace ChildProtection.ServiceDefaults.Privacy;

/// <summary>
/// The <c>Privacy</c> section: the key ring for sensitive fields at rest. <c>Privacy:Keys:&lt;id&gt;</c> holds each
/// AES-256 key (base64 of 32 bytes), <c>Privacy:CurrentKeyId</c> names the one new writes use, and
/// <c>Privacy:BlindIndexKey</c> the separate HMAC key for look-ups. The older single-key settings
/// (<c>Privacy:EncryptionKey</c> with <c>Privacy:EncryptionKeyId</c>, default <c>k1</c>) still work: they add one key to the ring.
/// </summary>
public sealed class FieldProtectionOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Privacy";

    /// <summary><c>Privacy:Keys:&lt;id&gt;</c>: every key a stored value may name, old ones included.</summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);

    /// <summary><c>Privacy:CurrentKeyId</c>: the key of new writes. Defaults to the only key, or to <see cref="EncryptionKeyId"/>.</summary>
    public string? CurrentKeyId { get; set; }

    /// <summary><c>Privacy:EncryptionKey</c>: a single key (the setting before the ring existed).</summary>
    public string? EncryptionKey { get; set; }

    /// <summary><c>Privacy:EncryptionKeyId</c>: the id of <see cref="EncryptionKey"/> inside the ring.</summary>
    public string EncryptionKeyId { get; set; } = "k1";

    /// <summary><c>Privacy:BlindIndexKey</c>: base64 of at least 32 bytes, never used for encryption.</summary>
    public string BlindIndexKey { get; set; } = "";

    /// <summary>The ring as configured: <see cref="Keys"/> plus the single-key setting, base64 still encoded.</summary>
    public IReadOnlyDictionary<string, string> Ring()
    {
        var ring = new Dictionary<string, string>(Keys, StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(EncryptionKey)) ring.TryAdd(EncryptionKeyId, EncryptionKey);
        return ring;
    }

    /// <summary>The id of the key for new writes, or null when it cannot be told.</summary>
    public string? ResolvedCurrentKeyId()
    {
        if (!string.IsNullOrWhiteSpace(CurrentKeyId)) return CurrentKeyId;
        if (!string.IsNullOrWhiteSpace(EncryptionKey)) return EncryptionKeyId;
        return Keys.Count == 1 ? Keys.Keys.Single() : null;
    }

    /// <summary>The decoded bytes of a base64 value, or null.</summary>
    internal static byte[]? Decode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) ? buffer[..written] : null;
    }
}

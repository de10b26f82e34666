using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ChildProtection.ServiceDefaults.Privacy;

/// <summary>
/// Encrypts sensitive fields at rest with AES-256-GCM under a key ring. A value is stored as
/// <c>v1:&lt;keyId&gt;:&lt;nonce&gt;:&lt;cipher+tag&gt;</c> (base64 parts); the associated data binds the format,
/// the key id and the field name, so a value cannot be moved to another field or relabelled with another key id.
/// New writes use the current key; any key in the ring reads, which is what rotation needs.
/// </summary>
public sealed class FieldProtector
{
    /// <summary>The prefix of values this protector writes.</summary>
    public const string Version = "v1";

    private readonly Dictionary<string, byte[]> _keys;
    private readonly string _currentKeyId;
    private readonly byte[] _indexKey;

    /// <summary>A protector over the validated <c>Privacy</c> options.</summary>
    public FieldProtector(IOptions<FieldProtectionOptions> options)
    {
        var o = options.Value;
        _keys = o.Ring().ToDictionary(k => k.Key, k => FieldProtectionOptions.Decode(k.Value)
            ?? throw new InvalidOperationException($"Privacy:Keys:{k.Key} is not base64."), StringComparer.Ordinal);
        _currentKeyId = o.ResolvedCurrentKeyId() ?? throw new InvalidOperationException("Privacy:CurrentKeyId is not set.");
        if (!_keys.ContainsKey(_currentKeyId)) throw new FieldKeyMissingException(_currentKeyId, "current key");
        _indexKey = FieldProtectionOptions.Decode(o.BlindIndexKey) ?? throw new InvalidOperationException("Privacy:BlindIndexKey is not base64.");
    }

    /// <summary>The key id new writes use.</summary>
    public string CurrentKeyId => _currentKeyId;

    /// <summary>True when <paramref name="stored"/> is a value this protector wrote (rather than a clear value from before encryption).</summary>
    public static bool IsProtected(string? stored) => stored is not null && stored.StartsWith(Version + ":", StringComparison.Ordinal);

    /// <summary>Encrypts <paramref name="clear"/> as the field <paramref name="field"/> under the current key.</summary>
    public string Protect(string field, string clear)
    {
        var plain = Encoding.UTF8.GetBytes(clear);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var sealedBytes = new byte[plain.Length + AesGcm.TagByteSizes.MaxSize];
        using (var aes = new AesGcm(_keys[_currentKeyId], AesGcm.TagByteSizes.MaxSize))
            aes.Encrypt(nonce, plain, sealedBytes.AsSpan(0, plain.Length), sealedBytes.AsSpan(plain.Length), Aad(_currentKeyId, field));
        return $"{Version}:{_currentKeyId}:{Convert.ToBase64String(nonce)}:{Convert.ToBase64String(sealedBytes)}";
    }

    /// <summary>The clear value of a <c>v1:</c> value of the field; throws <see cref="FieldKeyMissingException"/> when its key is not in the ring.</summary>
    public string Reveal(string field, string stored)
    {
        var parts = stored.Split(':');
        if (parts.Length != 4 || parts[0] != Version)
            throw new CryptographicException($"The stored {field} is not a {Version} protected value.");
        return Open(parts[1], parts[2], parts[3], Aad(parts[1], field), field);
    }

    /// <summary>
    /// Reads the format written before the ring (<c>&lt;keyId&gt;:&lt;nonce&gt;:&lt;cipher+tag&gt;</c>, associated data = the key id):
    /// events already hold it, so it stays readable.
    /// </summary>
    public string RevealLegacy(string field, string stored)
    {
        var parts = stored.Split(':');
        if (parts.Length != 3) throw new CryptographicException($"The stored {field} is not in the legacy key-id:nonce:ciphertext format.");
        return Open(parts[0], parts[1], parts[2], Encoding.ASCII.GetBytes(parts[0]), field);
    }

    /// <summary>HMAC-SHA256 of the value under the blind-index key: equal values give equal indexes, nothing else is revealed.</summary>
    public string BlindIndex(string value) => Convert.ToHexStringLower(HMACSHA256.HashData(_indexKey, Encoding.UTF8.GetBytes(value)));

    private string Open(string keyId, string nonceText, string sealedText, byte[] aad, string field)
    {
        if (!_keys.TryGetValue(keyId, out var key)) throw new FieldKeyMissingException(keyId, field);
        var nonce = Convert.FromBase64String(nonceText);
        var sealedBytes = Convert.FromBase64String(sealedText);
        var tagSize = AesGcm.TagByteSizes.MaxSize;
        if (sealedBytes.Length < tagSize) throw new CryptographicException($"The stored {field} is truncated.");
        var plain = new byte[sealedBytes.Length - tagSize];
        using var aes = new AesGcm(key, tagSize);
        aes.Decrypt(nonce, sealedBytes.AsSpan(0, plain.Length), sealedBytes.AsSpan(plain.Length), plain, aad);
        return Encoding.UTF8.GetString(plain);
    }

    private static byte[] Aad(string keyId, string field) => Encoding.UTF8.GetBytes($"{Version}|{keyId}|{field}");
}

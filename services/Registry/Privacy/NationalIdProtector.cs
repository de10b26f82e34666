using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ChildProtection.Registry.Privacy;

/// <summary>Encrypts ID numbers (AES-256-GCM) and computes their blind index (HMAC-SHA256) with keys from configuration.</summary>
public sealed class NationalIdProtector(IOptions<PrivacyOptions> options)
{
    private readonly byte[] _key = Convert.FromBase64String(options.Value.EncryptionKey);
    private readonly byte[] _indexKey = Convert.FromBase64String(options.Value.BlindIndexKey);
    private readonly string _keyId = options.Value.EncryptionKeyId;

    /// <summary>Protects a valid, normalised number.</summary>
    public ProtectedNationalId Protect(string normalized)
    {
        var plain = Encoding.ASCII.GetBytes(normalized);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var cipher = new byte[plain.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using (var aes = new AesGcm(_key, tag.Length)) aes.Encrypt(nonce, plain, cipher, tag, Encoding.ASCII.GetBytes(_keyId));
        var text = $"{_keyId}:{Convert.ToBase64String(nonce)}:{Convert.ToBase64String([.. cipher, .. tag])}";
        return new ProtectedNationalId(text, BlindIndex(normalized), NationalIdNumber.Mask(normalized));
    }

    /// <summary>The clear number, for a caller whose duty needs it.</summary>
    public string Reveal(ProtectedNationalId value)
    {
        var parts = value.Ciphertext.Split(':');
        if (parts.Length != 3 || parts[0] != _keyId)
            throw new CryptographicException("The ID number was encrypted with a key this service does not hold.");
        var nonce = Convert.FromBase64String(parts[1]);
        var sealedBytes = Convert.FromBase64String(parts[2]);
        var tagSize = AesGcm.TagByteSizes.MaxSize;
        var plain = new byte[sealedBytes.Length - tagSize];
        using var aes = new AesGcm(_key, tagSize);
        aes.Decrypt(nonce, sealedBytes.AsSpan(0, plain.Length), sealedBytes.AsSpan(plain.Length), plain, Encoding.ASCII.GetBytes(parts[0]));
        return Encoding.ASCII.GetString(plain);
    }

    /// <summary>The blind index of a normalised number: equal numbers give equal indexes, nothing else is revealed.</summary>
    public string BlindIndex(string normalized) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_indexKey, Encoding.ASCII.GetBytes(normalized)));
}

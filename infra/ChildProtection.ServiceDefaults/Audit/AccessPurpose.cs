using System.Text;

namespace ChildProtection.ServiceDefaults.Audit;

/// <summary>
/// The stated purpose of a read (<c>X-Access-Purpose</c>, and <c>x-access-purpose</c> in gRPC metadata). Plain ASCII is
/// sent as it is; anything else — purposes are usually Chinese — as an RFC 8187 extended value: <c>UTF-8''</c> followed by
/// the UTF-8 bytes percent-encoded (<c>季度家访</c> → <c>UTF-8''%E5%AD%A3%E5%BA%A6%E5%AE%B6%E8%AE%BF</c>), because HTTP
/// header values and gRPC metadata carry ASCII. At most 200 characters once decoded, no control characters.
/// </summary>
public static class AccessPurpose
{
    /// <summary>The HTTP header (and, lower-cased, the gRPC metadata key).</summary>
    public const string Header = "X-Access-Purpose";

    /// <summary>The longest purpose kept, in characters.</summary>
    public const int MaxLength = 200;

    private const string ExtendedPrefix = "UTF-8''";

    /// <summary>
    /// Decodes a stated purpose: null (and no error) when none was stated; an error when it is malformed, too long or holds
    /// control characters (the caller answers 400).
    /// </summary>
    public static bool TryDecode(string? raw, out string? purpose, out string? error)
    {
        purpose = null;
        error = null;
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value)) return true;
        if (value.StartsWith(ExtendedPrefix, StringComparison.OrdinalIgnoreCase))
        {
            if (!TryPercentDecode(value[ExtendedPrefix.Length..], out var decoded))
            {
                error = $"{Header} is not a valid UTF-8''… value: percent-encode the UTF-8 bytes of the purpose (RFC 8187).";
                return false;
            }
            value = decoded.Trim();
        }
        else if (value.Contains('\uFFFD'))
        {
            error = $"{Header} is not valid UTF-8: send the purpose as UTF-8'' followed by its percent-encoded UTF-8 bytes (RFC 8187).";
            return false;
        }
        if (value.Length == 0) return true;
        if (value.Any(char.IsControl))
        {
            error = $"{Header} must not hold control characters.";
            return false;
        }
        if (value.Length > MaxLength)
        {
            error = $"{Header} is at most {MaxLength} characters.";
            return false;
        }
        purpose = value;
        return true;
    }

    /// <summary>The header value for <paramref name="purpose"/>: as it is when plain ASCII, else the UTF-8'' form.</summary>
    public static string Encode(string purpose) =>
        purpose.All(c => c is >= ' ' and <= '~') ? purpose : ExtendedPrefix + Uri.EscapeDataString(purpose);

    private static bool TryPercentDecode(string encoded, out string decoded)
    {
        decoded = "";
        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            if (c == '%')
            {
                if (i + 2 >= encoded.Length || !byte.TryParse(encoded.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var b)) return false;
                bytes.Add(b);
                i += 2;
            }
            else if (c is > ' ' and <= '~') bytes.Add((byte)c);
            else return false;
        }
        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString([.. bytes]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}

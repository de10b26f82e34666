using System.Text;

namespace ChildProtection.Grpc;

/// <summary>Percent-encoding of <c>grpc-message</c> (PROTOCOL-HTTP2.md: UTF-8, then %XX outside 0x20–0x7E and '%').</summary>
public static class GrpcMessageEncoding
{
    public static string Encode(string message)
    {
        var sb = new StringBuilder(message.Length);
        foreach (var b in Encoding.UTF8.GetBytes(message))
        {
            if (b is >= 0x20 and <= 0x7E && b != (byte)'%') sb.Append((char)b);
            else sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    public static string Decode(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded)) return "";
        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '%' && i + 2 < encoded.Length
                && byte.TryParse(encoded.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var b))
            {
                bytes.Add(b);
                i += 2;
            }
            else bytes.Add((byte)encoded[i]);
        }
        // Invalid UTF-8 after decoding is replaced, as the spec asks receivers to tolerate it.
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}

using System.Security.Cryptography;
using System.Text;

namespace ChildProtection.Reporting.Http;

/// <summary>Receipt numbers and secrets: random, from an alphabet without look-alike characters (0/O, 1/I/L).</summary>
public static class Secrets
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>A receipt number such as <c>BG250301-7K3M9Q</c> (the China date it was filed, six random characters).</summary>
    public static string ReceiptNumber(DateTimeOffset now) =>
        "BG" + now.ToOffset(TimeSpan.FromHours(8)).ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "-" + Random(6);

    /// <summary>The reporter's secret (about 64 bits).</summary>
    public static string Secret() => Random(13);

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string? secret, string hash) =>
        secret is { Length: > 0 and <= 64 } && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret.Trim().ToUpperInvariant())), Encoding.ASCII.GetBytes(hash));

    private static string Random(int length) => RandomNumberGenerator.GetString(Alphabet, length);
}

namespace ChildProtection.Grpc;

/// <summary>
/// Custom metadata (headers or trailers) of a call. Keys are lower-case; keys ending in <c>-bin</c> carry
/// bytes, sent base64-encoded (unpadded) and decoded on receipt.
/// </summary>
public sealed class GrpcMetadata : List<GrpcMetadata.Entry>
{
    /// <summary>One key and its text or binary value.</summary>
    public sealed record Entry(string Key, string? Value, byte[]? Bytes)
    {
        public bool IsBinary => Key.EndsWith("-bin", StringComparison.Ordinal);
    }

    /// <summary>Headers that belong to HTTP or to the gRPC protocol itself, never custom metadata.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "content-type", "te", "grpc-timeout", "grpc-encoding", "grpc-accept-encoding", "grpc-status", "grpc-message",
        "grpc-status-details-bin", "user-agent", "host", "content-length", "date", "server", "accept-encoding", "traceparent", "tracestate",
    };

    public void Add(string key, string value)
    {
        if (key.EndsWith("-bin", StringComparison.Ordinal)) throw new ArgumentException("Binary keys take a byte[] value.", nameof(key));
        // ASCII-Value in PROTOCOL-HTTP2.md: printable ASCII only; anything else belongs in a -bin key.
        if (value.Any(c => c is < ' ' or > '~')) throw new ArgumentException("Text metadata must be printable ASCII; use a -bin key for other bytes.", nameof(value));
        Add(new Entry(key.ToLowerInvariant(), value, null));
    }

    public void Add(string key, byte[] value)
    {
        if (!key.EndsWith("-bin", StringComparison.Ordinal)) throw new ArgumentException("Binary values need a key ending in -bin.", nameof(key));
        Add(new Entry(key.ToLowerInvariant(), null, value));
    }

    public string? Get(string key) => Find(e => e.Key == key)?.Value;

    public byte[]? GetBytes(string key) => Find(e => e.Key == key)?.Bytes;

    internal static bool IsCustom(string key) => !Reserved.Contains(key) && !key.StartsWith(':');

    internal string WireValue(Entry e) => e.IsBinary ? Convert.ToBase64String(e.Bytes!).TrimEnd('=') : e.Value!;

    internal void AddFromWire(string key, string value)
    {
        key = key.ToLowerInvariant();
        if (!IsCustom(key)) return;
        if (key.EndsWith("-bin", StringComparison.Ordinal))
        {
            var padded = value.Trim().Replace('-', '+').Replace('_', '/');
            padded = padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '=');
            Add(new Entry(key, null, Convert.FromBase64String(padded)));
        }
        else Add(new Entry(key, value, null));
    }
}

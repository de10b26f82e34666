using Microsoft.Extensions.Options;

namespace ChildProtection.ServiceDefaults.Privacy;

/// <summary>Stops the service at start-up naming the bad setting (never a key's value).</summary>
public sealed class FieldProtectionOptionsValidator : IValidateOptions<FieldProtectionOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, FieldProtectionOptions options)
    {
        var failures = new List<string>();
        var ring = options.Ring();
        if (ring.Count == 0)
            failures.Add("Privacy:Keys:<id> (or Privacy:EncryptionKey) is required: the base64 of exactly 32 random bytes (AES-256-GCM).");
        foreach (var (id, key) in ring)
        {
            if (string.IsNullOrWhiteSpace(id) || id.Contains(':', StringComparison.Ordinal))
                failures.Add($"Privacy key id '{id}' must be a non-empty name without ':'.");
            if (FieldProtectionOptions.Decode(key)?.Length != 32)
                failures.Add($"Privacy:Keys:{id} must be the base64 of exactly 32 random bytes (AES-256-GCM)"
                    + (id == options.EncryptionKeyId && key == options.EncryptionKey ? " (set as Privacy:EncryptionKey)." : "."));
        }
        var current = options.ResolvedCurrentKeyId();
        if (ring.Count > 0 && current is null)
            failures.Add("Privacy:CurrentKeyId is required when the ring holds more than one key.");
        else if (current is not null && !ring.ContainsKey(current))
            failures.Add($"Privacy:CurrentKeyId names '{current}', which is not in Privacy:Keys.");
        if (FieldProtectionOptions.Decode(options.BlindIndexKey) is not { Length: >= 32 } index)
            failures.Add("Privacy:BlindIndexKey must be the base64 of at least 32 random bytes (HMAC-SHA256).");
        else if (ring.Values.Any(k => FieldProtectionOptions.Decode(k) is { } bytes && bytes.AsSpan().SequenceEqual(index)))
            failures.Add("Privacy:BlindIndexKey must differ from every encryption key.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

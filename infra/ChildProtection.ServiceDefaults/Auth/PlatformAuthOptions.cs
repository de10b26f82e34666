namespace ChildProtection.ServiceDefaults;

/// <summary>How tokens are validated: a local development key, or an OIDC authority.</summary>
public enum PlatformAuthMode
{
    /// <summary>HS256 tokens signed with <see cref="PlatformAuthOptions.SigningKey"/> (the gateway's dev issuer).</summary>
    Development,

    /// <summary>Tokens from an OIDC authority; keys from its discovery document (JWKS).</summary>
    Oidc,
}

/// <summary>The <c>Auth</c> configuration section.</summary>
public sealed class PlatformAuthOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Auth";

    /// <summary><c>Auth:Mode</c>: <c>Development</c> or <c>Oidc</c>.</summary>
    public PlatformAuthMode Mode { get; set; } = PlatformAuthMode.Development;

    /// <summary><c>Auth:SigningKey</c>: base64, at least 32 bytes. Development mode only.</summary>
    public string? SigningKey { get; set; }

    /// <summary><c>Auth:Issuer</c>: the expected <c>iss</c> in Development mode (Oidc takes it from discovery).</summary>
    public string Issuer { get; set; } = "childprotection-dev";

    /// <summary><c>Auth:Audience</c>: the expected <c>aud</c>.</summary>
    public string Audience { get; set; } = "childprotection";

    /// <summary><c>Auth:Authority</c>: the OIDC authority URL. Oidc mode only.</summary>
    public string? Authority { get; set; }

    /// <summary><c>Auth:RequireHttpsMetadata</c>: keep true outside a lab.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary><c>Auth:DevTokens</c>: the gateway's development token endpoint.</summary>
    public DevTokenOptions DevTokens { get; set; } = new();

    /// <summary>The decoded signing key, or null when absent or not base64.</summary>
    public byte[]? SigningKeyBytes()
    {
        if (string.IsNullOrWhiteSpace(SigningKey))
        {
            return null;
        }
        var buffer = new byte[SigningKey.Length];
        return Convert.TryFromBase64String(SigningKey, buffer, out var written) ? buffer[..written] : null;
    }
}

/// <summary>The <c>Auth:DevTokens</c> section.</summary>
public sealed class DevTokenOptions
{
    /// <summary>
    /// Issue development tokens. Only with <c>Auth:Mode=Development</c> in the Development environment: anywhere else
    /// the process refuses to start while this is true.
    /// </summary>
    public bool Enabled { get; set; }
}

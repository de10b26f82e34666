namespace ChildProtection.Web.Account;

/// <summary>How people sign in to the console: the <c>Auth</c> section the platform's processes share, plus the console's own OIDC client.</summary>
public sealed class ConsoleAuthOptions
{
    public const string SectionName = "Auth";

    /// <summary><c>Auth:Mode</c>: <c>Development</c> (the gateway's development issuer) or <c>Oidc</c>.</summary>
    public string Mode { get; set; } = "Development";

    /// <summary><c>Auth:DevTokens:Enabled</c>: the development sign-in page. Only with Mode Development in the Development environment.</summary>
    public DevSignInOptions DevTokens { get; set; } = new();

    /// <summary><c>Auth:Authority</c>: the OIDC identity provider (Oidc mode).</summary>
    public string? Authority { get; set; }

    /// <summary><c>Auth:Audience</c>: the audience of the access tokens the gateway accepts; asked for as a scope/resource when set.</summary>
    public string? Audience { get; set; }

    /// <summary><c>Auth:RequireHttpsMetadata</c>: keep true outside a lab.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary><c>Auth:ClientId</c>: the console's client at the identity provider (Oidc mode).</summary>
    public string? ClientId { get; set; }

    /// <summary><c>Auth:ClientSecret</c>: its secret (a confidential client: the code is redeemed by the server).</summary>
    public string? ClientSecret { get; set; }

    /// <summary><c>Auth:Scopes</c>: extra scopes, space separated (e.g. the API scope whose tokens carry department, role and region).</summary>
    public string? Scopes { get; set; }

    public bool IsOidc => string.Equals(Mode, "Oidc", StringComparison.OrdinalIgnoreCase);

    public bool IsDevelopmentMode => string.Equals(Mode, "Development", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The <c>Auth:DevTokens</c> section.</summary>
public sealed class DevSignInOptions
{
    public bool Enabled { get; set; }
}

namespace ChildProtection.Testing.Authorization;

/// <summary>A department and role the matrix tests call every endpoint as.</summary>
public sealed record Persona(string Department, string Role)
{
    /// <summary>Everyone who holds platform tokens today (role names as the services and tests use them).</summary>
    public static IReadOnlyList<Persona> All { get; } =
    [
        new("civil-affairs", "caseworker"),
        new("civil-affairs", "child-director"),
        new("civil-affairs", "supervisor"),
        new("civil-affairs", "relief-officer"),
        new("civil-affairs", "auditor"),
        new("police", "officer"),
        new("procuratorate", "prosecutor"),
        new("court", "judge"),
        new("court", "court-clerk"),
        new("education", "teacher"),
        new("health", "doctor"),
        new("women-federation", "staff"),
        new("disabled-federation", "staff"),
        new("village-committee", "staff"),
        new("platform", "operator"),
    ];

    /// <summary>The region the persona's token carries: operators see every region, the others <paramref name="region"/>.</summary>
    public string RegionIn(string region) => Role == "operator" ? "*" : region;

    /// <inheritdoc/>
    public override string ToString() => $"{Department}/{Role}";
}

namespace ChildProtection.Jurisdictions;

/// <summary>
/// The jurisdiction policy packs (docs/architecture.md, "Jurisdiction policies"): rules that differ by place,
/// kept as data. Each region code resolves by its longest matching pack prefix, value by value through
/// shorter prefixes down to the national defaults. Immutable once loaded; register one per process with
/// <see cref="PolicyPacksExtensions.AddPolicyPacks"/>.
/// </summary>
public sealed class PolicyPacks
{
    /// <summary>Configuration key of the optional override directory; its <c>*.json</c> replace (same id) or add packs.</summary>
    public const string DirectoryKey = "Policies:Directory";

    private readonly IReadOnlyList<LoadedPack> _packs;

    private PolicyPacks(IReadOnlyList<LoadedPack> packs)
    {
        _packs = packs;
        Packs = packs.Select(p => p.Info).ToList().AsReadOnly();
    }

    /// <summary>The loaded packs, shortest prefix first.</summary>
    public IReadOnlyList<PolicyPackInfo> Packs { get; }

    /// <summary>
    /// Loads the embedded packs, then the override directory's (relative paths from the working
    /// directory), and validates them all. Throws <see cref="PolicyPackException"/> naming the file and
    /// field of the first problem.
    /// </summary>
    public static PolicyPacks Load(string? overrideDirectory = null)
    {
        var packs = UniqueById(PackReader.ReadEmbedded());
        if (!string.IsNullOrWhiteSpace(overrideDirectory))
        {
            foreach (var (id, pack) in UniqueById(PackReader.ReadDirectory(overrideDirectory)))
            {
                packs[id] = pack;
            }
        }

        var ordered = packs.Values
            .OrderBy(p => p.Document.RegionPrefix.Length)
            .ThenBy(p => p.Document.RegionPrefix, StringComparer.Ordinal)
            .ToList();
        PackSetValidator.Validate(ordered);
        return new PolicyPacks(ordered);
    }

    /// <summary>
    /// The policy in effect for <paramref name="regionCode"/> (a 2–12 digit prefix of the 12-digit
    /// statistical region code), with the pack and citation of every value in <see cref="EffectivePolicy.Sources"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The code is not 2–12 ASCII digits.</exception>
    public EffectivePolicy Resolve(string regionCode)
    {
        if (regionCode is not { Length: >= 2 and <= 12 } || !regionCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"A region code is 2–12 digits (was '{regionCode}').", nameof(regionCode));
        }
        return PolicyResolver.Resolve(regionCode, ChainFor(regionCode, _packs));
    }

    /// <summary>
    /// <see cref="Resolve"/> as path → value + pack + citation, for <c>GET /api/visits/policies/{regionCode}</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The code is not 2–12 ASCII digits.</exception>
    public PolicyExplanation Explain(string regionCode) => Resolve(regionCode).Explain();

    internal static IReadOnlyList<LoadedPack> ChainFor(string regionCode, IEnumerable<LoadedPack> packs) => packs
        .Where(p => regionCode.StartsWith(p.Document.RegionPrefix, StringComparison.Ordinal))
        .OrderByDescending(p => p.Document.RegionPrefix.Length)
        .ToList();

    private static Dictionary<string, LoadedPack> UniqueById(IReadOnlyList<LoadedPack> packs)
    {
        var byId = new Dictionary<string, LoadedPack>(StringComparer.Ordinal);
        foreach (var pack in packs)
        {
            PackValidator.Validate(pack);
            if (!byId.TryAdd(pack.Document.Id, pack))
            {
                throw new PolicyPackException(pack.File, "id", $"'{pack.Document.Id}' is also the id of {byId[pack.Document.Id].File}.");
            }
        }
        return byId;
    }
}

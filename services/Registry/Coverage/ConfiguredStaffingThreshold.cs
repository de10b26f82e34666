namespace ChildProtection.Registry.Coverage;

/// <summary>
/// The staffing threshold from configuration, the same everywhere: <c>Registry:Coverage:DirectorStaffingThreshold</c>
/// (30 when unset, as in the seed plans). Read on each call, so a configuration reload takes effect.
/// </summary>
public sealed class ConfiguredStaffingThreshold(IConfiguration configuration) : IStaffingThreshold
{
    /// <summary>The configuration key.</summary>
    public const string Key = "Registry:Coverage:DirectorStaffingThreshold";

    /// <summary>The threshold when the key is unset.</summary>
    public const int Default = 30;

    /// <inheritdoc />
    public int For(string regionCode)
    {
        var value = configuration.GetValue<int?>(Key) ?? Default;
        return value > 0 ? value : throw new InvalidOperationException($"{Key} must be a positive number of children, not {value}.");
    }
}

namespace ChildProtection.Registry.Villages.Reading;

/// <summary>A village as the API shows it.</summary>
/// <param name="TownshipCode">The first 9 digits of the code: the township or street the village belongs to.</param>
public sealed record VillageView(Guid Id, string Code, string Name, string TownshipCode, long Version, DateTimeOffset RegisteredAt)
{
    /// <summary>The view of a village at a stream version.</summary>
    public static VillageView From(Village village, long version) =>
        new(village.Id, village.Code, village.Name, village.Code[..9], version, village.RegisteredAt);
}

namespace ChildProtection.Registry.Children;

/// <summary>Sex as recorded on the household register.</summary>
public enum Gender { Male, Female }

/// <summary>Household registration (户籍) type; rural households define the left-behind category.</summary>
public enum Household { Rural, Urban }

/// <summary>A child's basic identifying details, as validated at the edge.</summary>
/// <param name="RegionCode">12-digit statistical code of the village or community where the child lives.</param>
public sealed record ChildDetails(string Name, Gender Gender, DateOnly BirthDate, string RegionCode, Household Household);

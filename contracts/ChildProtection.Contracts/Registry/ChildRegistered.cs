namespace ChildProtection.Contracts.Registry;

/// <summary>
/// A child was registered in the registry (一人一档: one child, one file). Carries the facts other services
/// route and plan by; never the child's name or ID number.
/// </summary>
/// <param name="ChildId">The child's registry id, the key every service uses.</param>
/// <param name="RegionCode">The 12-digit statistical code of the child's village or community.</param>
/// <param name="Gender"><c>male</c> or <c>female</c>.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="Household"><c>rural</c> or <c>urban</c> household registration.</param>
/// <param name="RegisteredAt">When the registry recorded it.</param>
public sealed record ChildRegistered(
    Guid ChildId,
    string RegionCode,
    string Gender,
    DateOnly BirthDate,
    string Household,
    DateTimeOffset RegisteredAt);

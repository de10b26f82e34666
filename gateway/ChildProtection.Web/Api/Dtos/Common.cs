namespace ChildProtection.Web.Api.Dtos;

/// <summary><c>{ items: [...] }</c>, with the paging fields when the API pages.</summary>
public sealed record ItemsPage<T>(IReadOnlyList<T> Items, int? Page = null, int? PageSize = null, long? Total = null);

/// <summary>A village of the registry's roster.</summary>
public sealed record VillageItem(Guid Id, string Code, string Name, string? TownshipCode);

using ChildProtection.Web.Api;
using ChildProtection.Web.Api.Dtos;

namespace ChildProtection.Web.Localization;

/// <summary>
/// Names of region codes: villages from the registry (what the user may see), provinces, cities and counties the
/// console knows by name (Codes.resx <c>region.*</c>); anything else shows as its code.
/// </summary>
public sealed class RegionNames(GatewayApi api, Names names)
{
    private Dictionary<string, VillageItem>? _villages;

    public IReadOnlyList<VillageItem> Villages => _villages?.Values.OrderBy(v => v.Code, StringComparer.Ordinal).ToList() ?? [];

    public async Task LoadAsync()
    {
        if (_villages is not null) return;
        var result = await api.GetAsync<ItemsPage<VillageItem>>("/api/registry/villages");
        _villages = result.Value?.Items.ToDictionary(v => v.Code, StringComparer.Ordinal) ?? [];
    }

    /// <summary>太平村 (120116100201) when known, else the code; a township shows as its code under its county's name.</summary>
    public string Name(string? code)
    {
        if (string.IsNullOrEmpty(code)) return "—";
        if (_villages is not null && _villages.TryGetValue(code, out var village)) return village.Name;
        if (names.Has("region", code)) return names.Of("region", code);
        return code;
    }
}

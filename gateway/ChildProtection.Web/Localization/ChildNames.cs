using ChildProtection.Web.Api;
using ChildProtection.Web.Api.Dtos;

namespace ChildProtection.Web.Localization;

/// <summary>
/// Children's names for lists that carry only ids (due duties, inbox items, cases), as the registry shows them to this
/// user (masked outside civil affairs), cached for the circuit. A child the user may not see stays unnamed.
/// </summary>
public sealed class ChildNames(GatewayApi api)
{
    private readonly Dictionary<Guid, string?> _names = [];

    /// <summary>Loads the names of a region's children in one request (up to 200).</summary>
    public async Task PreloadAsync(string region)
    {
        var page = await api.GetAsync<ChildrenPage>($"/api/registry/children?region={Uri.EscapeDataString(region)}&pageSize=200");
        foreach (var child in page.Value?.Items ?? []) _names[child.Id] = child.Name;
    }

    public async Task<string?> NameAsync(Guid? id)
    {
        if (id is not { } childId) return null;
        if (_names.TryGetValue(childId, out var known)) return known;
        var child = await api.GetAsync<ChildView>($"/api/registry/children/{childId}");
        return _names[childId] = child.Value?.Name;
    }

    public async Task LoadAsync(IEnumerable<Guid?> ids)
    {
        foreach (var id in ids.Distinct()) await NameAsync(id);
    }

    public string? Known(Guid? id) => id is { } childId && _names.TryGetValue(childId, out var name) ? name : null;
}

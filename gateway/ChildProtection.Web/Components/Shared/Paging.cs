using MudBlazor;

namespace ChildProtection.Web.Components.Shared;

/// <summary>Paging helpers for lists the API pages without telling the total.</summary>
public static class Paging
{
    /// <summary>
    /// A total that lets the pager go one page further while a page came back full, and stops on a short page: the
    /// API pages (page, pageSize) but does not count.
    /// </summary>
    public static int OpenEndedTotal(TableState state, int count) =>
        state.Page * state.PageSize + count + (count == state.PageSize ? 1 : 0);

    /// <summary>One page of a list the API returns whole: the console's server pages it, the browser gets one page.</summary>
    public static TableData<T> Slice<T>(IReadOnlyList<T> all, TableState state) => new()
    {
        Items = all.Skip(state.Page * state.PageSize).Take(state.PageSize).ToList(),
        TotalItems = all.Count,
    };
}

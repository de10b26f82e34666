using ChildProtection.ServiceDefaults;

namespace ChildProtection.Registry.Http;

/// <summary>A page of a list.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);

/// <summary>
/// A region-scoped, paged list request. A row is listed only when its region code starts with both
/// <see cref="Own"/> (the caller's jurisdiction, empty for all regions) and <see cref="Requested"/>.
/// </summary>
public sealed record ListQuery(string Own, string Requested, int Page, int PageSize)
{
    /// <summary>Rows to skip.</summary>
    public int Offset => (Page - 1) * PageSize;

    /// <summary>Reads <c>?region=&amp;page=&amp;pageSize=</c>; on invalid input returns the 400 to answer with.</summary>
    public static (ListQuery? Query, IResult? Problem) From(Caller caller, string? region, int? page, int? pageSize)
    {
        if (region is not null && !RegionCodes.IsValidPrefix(region))
            return (null, Problems.Validation("region", "Region must be a prefix of 2 to 12 digits of a statistical region code."));
        var p = page ?? 1;
        var size = pageSize ?? 50;
        if (p < 1) return (null, Problems.Validation("page", "Page starts at 1."));
        if (size is < 1 or > 200) return (null, Problems.Validation("pageSize", "Page size must be between 1 and 200."));
        return (new ListQuery(caller.SeesAllRegions ? "" : caller.Region, region ?? "", p, size), null);
    }
}

using System.Collections.Concurrent;
using ChildProtection.Jurisdictions;

namespace ChildProtection.Visits.Schedule;

/// <summary>The visit policy of a village, resolved once per region code from the loaded packs.</summary>
public sealed class VisitPolicies(PolicyPacks packs)
{
    private readonly ConcurrentDictionary<string, VisitPolicy> _byRegion = new(StringComparer.Ordinal);

    public VisitPolicy For(string regionCode) => _byRegion.GetOrAdd(regionCode, code => packs.Resolve(code).Visits);
}

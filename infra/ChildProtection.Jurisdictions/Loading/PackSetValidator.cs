namespace ChildProtection.Jurisdictions;

/// <summary>
/// The rules the loaded packs must keep together: unique ids and prefixes, one national pack that sets
/// every value, and sensible effective values for every pack's region.
/// </summary>
internal static class PackSetValidator
{
    public static void Validate(IReadOnlyList<LoadedPack> packs)
    {
        var prefixes = new Dictionary<string, LoadedPack>(StringComparer.Ordinal);
        foreach (var pack in packs)
        {
            if (!prefixes.TryAdd(pack.Document.RegionPrefix, pack))
            {
                throw new PolicyPackException(pack.File, "regionPrefix",
                    $"'{pack.Document.RegionPrefix}' is already governed by pack '{prefixes[pack.Document.RegionPrefix].Document.Id}' ({prefixes[pack.Document.RegionPrefix].File}).");
            }
        }
        if (!prefixes.ContainsKey(""))
        {
            throw new PolicyPackException(packs.Count > 0 ? packs[0].File : "national.json", "regionPrefix",
                "no pack has the empty region prefix: the national defaults are missing.");
        }

        foreach (var pack in packs)
        {
            var effective = PolicyResolver.Resolve(pack.Document.RegionPrefix, PolicyPacks.ChainFor(pack.Document.RegionPrefix, packs));
            CheckEffective(pack, effective);
        }
    }

    private static void CheckEffective(LoadedPack pack, EffectivePolicy policy)
    {
        var v = policy.Visits;
        if (v.RiskHomeVisitIntervalMonths > v.HomeVisitIntervalMonths)
        {
            throw Conflict(pack, policy, PolicyPaths.RiskHomeVisitIntervalMonths, PolicyPaths.HomeVisitIntervalMonths,
                $"the risk interval ({v.RiskHomeVisitIntervalMonths}) is longer than the home-visit interval ({v.HomeVisitIntervalMonths})");
        }
        if (v.ContactIntervalMonths > v.HomeVisitIntervalMonths)
        {
            throw Conflict(pack, policy, PolicyPaths.ContactIntervalMonths, PolicyPaths.HomeVisitIntervalMonths,
                $"the contact interval ({v.ContactIntervalMonths}) is longer than the home-visit interval ({v.HomeVisitIntervalMonths})");
        }
        if (policy.Court.ProtectionOrderUrgentDecisionHours > policy.Court.ProtectionOrderDecisionHours)
        {
            throw Conflict(pack, policy, PolicyPaths.ProtectionOrderUrgentDecisionHours, PolicyPaths.ProtectionOrderDecisionHours,
                $"the urgent decision clock ({policy.Court.ProtectionOrderUrgentDecisionHours} h) is longer than the ordinary one ({policy.Court.ProtectionOrderDecisionHours} h)");
        }
        var relief = policy.Relief;
        if (relief.RehabilitationAidMinAgeYears > relief.RehabilitationAidMaxAgeYears)
        {
            throw Conflict(pack, policy, PolicyPaths.RehabilitationAidMinAgeYears, PolicyPaths.RehabilitationAidMaxAgeYears,
                $"the minimum age ({relief.RehabilitationAidMinAgeYears}) is above the maximum ({relief.RehabilitationAidMaxAgeYears})");
        }
    }

    private static PolicyPackException Conflict(LoadedPack pack, EffectivePolicy policy, string field, string other, string detail) =>
        new(pack.File, field,
            $"in effect for '{pack.Document.RegionPrefix}', {detail}; '{field}' comes from pack '{policy.Sources[field].PackId}', '{other}' from '{policy.Sources[other].PackId}'.");
}

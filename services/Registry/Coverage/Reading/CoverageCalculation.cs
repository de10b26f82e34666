namespace ChildProtection.Registry.Coverage.Reading;

/// <summary>Turns per-village figures into a county's coverage; pure, so the rules are tested without a database.</summary>
public static class CoverageCalculation
{
    /// <summary>Every one of the five local plans asks for all directors to be trained every year.</summary>
    public const decimal TrainingTargetRate = 100m;

    /// <summary>The county's coverage from its villages' figures and the active supervisors per township.</summary>
    public static CountyCoverage Calculate(string countyCode, string scope, int year, IReadOnlyList<VillageFigures> villages,
        IReadOnlyDictionary<string, int> supervisorsByTownship, IStaffingThreshold threshold)
    {
        var understaffed = villages
            .Select(v => (Village: v, Threshold: threshold.For(v.VillageCode)))
            .Where(x => x.Village.ActiveDirectors == 1 && x.Village.TargetChildren > x.Threshold)
            .Select(x => new UnderstaffedVillage(x.Village.VillageCode, x.Village.TargetChildren, x.Village.ActiveDirectors, x.Threshold))
            .ToList();
        var townships = villages.GroupBy(v => v.TownshipCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TownshipCoverage(g.Key, g.Count(), g.Count(v => v.ActiveDirectors == 0), g.Sum(v => v.TargetChildren),
                g.Sum(v => v.ActiveDirectors), g.Sum(v => v.TrainedDirectors), supervisorsByTownship.GetValueOrDefault(g.Key)))
            .ToList();
        var active = villages.Sum(v => v.ActiveDirectors);
        var trained = villages.Sum(v => v.TrainedDirectors);
        decimal? rate = active == 0 ? null : Math.Round(100m * trained / active, 1, MidpointRounding.AwayFromZero);

        return new CountyCoverage(countyCode, scope, year, villages.Count,
            [.. villages.Where(v => v.ActiveDirectors == 0).Select(v => v.VillageCode)],
            understaffed,
            [.. townships.Where(t => t.ActiveSupervisors == 0).Select(t => t.TownshipCode)],
            active, trained, rate, TrainingTargetRate, rate >= TrainingTargetRate, townships);
    }
}

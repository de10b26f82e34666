using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.Registry.Csv;
using ChildProtection.Registry.Matching;
using ChildProtection.Registry.Privacy;
using Npgsql;

namespace ChildProtection.Registry.EducationComparison;

/// <summary>
/// Compares a school enrolment list with the registry (Baotou's 数据比对 with education): each pupil is matched by the ID
/// number's blind index, else by <see cref="MatchScoring"/> on name and birth date (and village when the school gave
/// it). Reads only; the report is the answer.
/// </summary>
public sealed class EducationComparer(NpgsqlDataSource db, ServiceSchema schema, NationalIdProtector protector)
{
    /// <summary>Compulsory education (义务教育) on the comparison date: from 6 to 15 years old.</summary>
    public const int FirstSchoolAge = 6, LastSchoolAge = 15;

    /// <summary>
    /// Without a village MatchScoring gives an exact name and birth date in the region 0.8; the compared region already
    /// narrows it, so that counts as a match too (when only one child scores it).
    /// </summary>
    public const double SameNameAndBirthInRegion = 0.8;

    public async Task<ComparisonReport> CompareAsync(string scope, IReadOnlyList<CsvRecord> records, DateOnly today, CancellationToken ct)
    {
        var invalid = new List<InvalidEnrolment>();
        var pupils = new List<(Enrolment Pupil, string? BlindIndex)>();
        foreach (var record in records)
        {
            var (pupil, errors) = Enrolment.Read(record, today);
            if (pupil is null) invalid.Add(new InvalidEnrolment(record.Row, errors));
            else pupils.Add((pupil, pupil.NationalId is { } id ? protector.BlindIndex(id) : null));
        }
        var inRegion = pupils.Where(p => p.Pupil.VillageCode is null || p.Pupil.VillageCode.StartsWith(scope, StringComparison.Ordinal)).ToList();
        var registered = await RegistryChildren.CandidatesAsync(db, schema, scope,
            [.. inRegion.Select(p => p.BlindIndex).OfType<string>()], [.. inRegion.Select(p => p.Pupil.BirthDate).Distinct()], ct);

        var matched = new HashSet<Guid>();
        var uncertain = new List<UncertainMatch>();
        var flagged = new List<PossiblyInCategory>();
        int matches = 0, elsewhere = 0, notRegistered = 0;
        foreach (var (pupil, index) in inRegion)
        {
            var result = PupilMatch.Find(pupil, index, registered, scope);
            switch (result)
            {
                case PupilMatch.Matched m: matches++; matched.Add(m.ChildId); break;
                case PupilMatch.Elsewhere: elsewhere++; break;
                case PupilMatch.Uncertain u:
                    uncertain.Add(new UncertainMatch(pupil.Row, NamePolicy.Mask(pupil.Name), u.Candidates, u.Reason));
                    matched.UnionWith(u.Candidates);
                    break;
                default:
                    notRegistered++;
                    if (pupil.LeftBehindHint(today) is { } reason)
                        flagged.Add(new PossiblyInCategory(pupil.Row, NamePolicy.Mask(pupil.Name), pupil.VillageCode, pupil.School, pupil.Grade, reason));
                    break;
            }
        }

        // A day's margin each side for 29 February; the age itself decides.
        var schoolAge = (await RegistryChildren.InCategoriesAsync(db, schema, scope,
                bornAfter: today.AddYears(-(LastSchoolAge + 1)).AddDays(-1), bornOnOrBefore: today.AddYears(-FirstSchoolAge).AddDays(1), ct))
            .Where(c => ChildViews.Age(c.BirthDate, today) is >= FirstSchoolAge and <= LastSchoolAge).ToList();
        var dropouts = schoolAge.Where(c => !matched.Contains(c.Id))
            .Select(c => new PossibleDropout(c.Id, NamePolicy.Mask(c.Name), c.RegionCode, ChildViews.Age(c.BirthDate, today), c.Categories)).ToList();
        var totals = new ComparisonTotals(records.Count, invalid.Count, pupils.Count - inRegion.Count, matches, elsewhere, uncertain.Count,
            notRegistered, flagged.Count, schoolAge.Count, dropouts.Count);
        return new ComparisonReport(scope, today, totals, dropouts, flagged, uncertain, invalid);
    }
}

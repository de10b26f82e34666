using ChildProtection.Jurisdictions;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Facts;
using ChildProtection.Relief.Http;
using ChildProtection.Relief.Rules;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.Time;

namespace ChildProtection.Relief.Coverage;

public sealed record CaseAge(Guid ChildId, Guid CaseId, string Programme, string Status, int DaysOpen);
public sealed record EndingSoon(Guid ChildId, Guid EntitlementId, string Programme, string EndMonth, string Why);
public sealed record CoverageView(string County, string AsOf, int EligibleNotCovered, IReadOnlyList<Guid> UncoveredChildren,
    IReadOnlyDictionary<string, int> PendingByAge, IReadOnlyList<CaseAge> Pending, IReadOnlyList<EndingSoon> EndingSoon);

public static class ReadEndpoints
{
    public static RouteGroupBuilder MapReads(this RouteGroupBuilder group)
    {
        group.MapGet("/children/{childId:guid}", (Guid childId, HttpContext http, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync(http, childId, ChildRelief.Kind, (s, _) => s, ct)).WithName("ReadChildRelief");

        group.MapGet("/children/{childId:guid}/ledger", (Guid childId, string? through, HttpContext http, StreamCommand cmd, TimeProvider clock,
            CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var until = Months.Parse(errors, "through", through, false) ?? ProgrammeRules.MonthOf(clock.Today());
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            return cmd.ReadAsync(http, childId, ChildRelief.Kind, (s, _) =>
            {
                var lines = s.Ledger(until).Select(l => new { month = Months.Format(l.Month), l.EntitlementId, l.Programme, l.AmountYuan }).ToList();
                return new { childId, through = Months.Format(until), lines, totalYuan = lines.Sum(l => l.AmountYuan ?? 0) };
            }, ct);
        }).WithName("ReadReliefLedger");

        group.MapGet("/coverage", async Task<IResult> (string? county, HttpContext http, ReliefRecords records, ChildFactsTable factsTable,
            PolicyPacks packs, TimeProvider clock, CancellationToken ct) =>
        {
            if (county is not { Length: 6 } || !RegionCodes.IsValidPrefix(county)) return Problems.Validation("county", "A 6-digit county code is required.");
            var caller = Caller.From(http.User);
            if (!caller.SeesAllRegions && !county.StartsWith(caller.Region, StringComparison.Ordinal) && !caller.Region.StartsWith(county, StringComparison.Ordinal))
                return Problems.Forbidden("The county is outside your jurisdiction.");
            var prefix = caller.SeesAllRegions || county.StartsWith(caller.Region, StringComparison.Ordinal) ? county : caller.Region;
            var today = clock.Today();
            var states = await records.UnderAsync(prefix, ct);
            var facts = (await factsTable.AllAsync(ct)).Where(f => f.RegionCode!.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            var byChild = states.ToDictionary(s => s.ChildId);

            var uncovered = facts.Where(f => ProgrammeRules.Evaluate(f, today, packs.Resolve(f.RegionCode!).Relief)
                    .Any(e => !(byChild.GetValueOrDefault(f.ChildId)?.Entitlements.Any(x => x.Programme == e.Programme && x.Current) ?? false)))
                .Select(f => f.ChildId).ToList();
            var pending = states.SelectMany(s => s.Cases.Where(c => c.Pending)
                .Select(c => new CaseAge(s.ChildId, c.CaseId, c.Programme, c.Status, today.DayNumber - c.OpenedOn.DayNumber))).ToList();
            var buckets = new Dictionary<string, int>
            {
                ["0-14 days"] = pending.Count(p => p.DaysOpen <= 14),
                ["15-30 days"] = pending.Count(p => p.DaysOpen is > 14 and <= 30),
                ["over 30 days"] = pending.Count(p => p.DaysOpen > 30),
            };
            var horizon = ProgrammeRules.MonthOf(today).AddMonths(3);
            var ending = new List<EndingSoon>();
            foreach (var state in states)
            {
                var f = facts.FirstOrDefault(x => x.ChildId == state.ChildId);
                foreach (var x in state.Entitlements.Where(x => x.Current))
                {
                    if (x.TerminationProposed is { } p) ending.Add(new EndingSoon(state.ChildId, x.EntitlementId, x.Programme, Months.Format(p.EffectiveMonth), "termination proposed"));
                    else if (f is not null && Assessment.ReliefAssessor.AgeLimitReached(f, x.Programme, packs.Resolve(state.RegionCode).Relief) is { } birthday
                             && ProgrammeRules.MonthAfter(birthday) <= horizon)
                        ending.Add(new EndingSoon(state.ChildId, x.EntitlementId, x.Programme, Months.Format(ProgrammeRules.MonthAfter(birthday)), "age limit"));
                }
            }
            return TypedResults.Ok(new CoverageView(county, today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                uncovered.Count, uncovered, buckets, pending, ending));
        }).WithName("ReadReliefCoverage");
        return group;
    }
}

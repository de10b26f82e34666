using ChildProtection.EventStore.Storage;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Facts;
using ChildProtection.Relief.Http;
using ChildProtection.Relief.Rules;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Http;
using ChildProtection.Jurisdictions;
using Npgsql;

namespace ChildProtection.Relief.Coverage;

public sealed record CaseAge(Guid ChildId, Guid CaseId, string Programme, string Status, int DaysOpen);
public sealed record EndingSoon(Guid ChildId, Guid EntitlementId, string Programme, string EndMonth, string Why);
public sealed record CoverageView(string County, string AsOf, int EligibleNotCovered, IReadOnlyList<Guid> UncoveredChildren,
    IReadOnlyDictionary<string, int> PendingByAge, IReadOnlyList<CaseAge> Pending, IReadOnlyList<EndingSoon> EndingSoon);

public static class ReadEndpoints
{
    public static RouteGroupBuilder MapReads(this RouteGroupBuilder group)
    {
        group.MapGet("/children/{childId:guid}", async Task<IResult> (Guid childId, HttpContext http, PostgresEventStore store, CancellationToken ct) =>
        {
            var (state, version) = await store.AggregateStreamAsync<ChildRelief?>(childId, null, ChildRelief.Evolve, ct);
            if (state is null || !Caller.From(http.User).CanSee(state.RegionCode)) return Problems.NotFound("No relief record for this child in your jurisdiction.");
            http.Response.Headers.ETag = ETags.Format(version);
            return TypedResults.Ok(state);
        }).WithName("ReadChildRelief");

        group.MapGet("/children/{childId:guid}/ledger", async Task<IResult> (Guid childId, string? through, HttpContext http, PostgresEventStore store,
            TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var until = Months.Parse(errors, "through", through, false) ?? ProgrammeRules.MonthOf(clock.Today());
            if (errors.Count > 0) return Problems.Validation(errors);
            var (state, _) = await store.AggregateStreamAsync<ChildRelief?>(childId, null, ChildRelief.Evolve, ct);
            if (state is null || !Caller.From(http.User).CanSee(state.RegionCode)) return Problems.NotFound("No relief record for this child in your jurisdiction.");
            var lines = state.Ledger(until).Select(l => new { month = Months.Format(l.Month), l.EntitlementId, l.Programme, l.AmountYuan }).ToList();
            return TypedResults.Ok(new { childId, through = Months.Format(until), lines, totalYuan = lines.Sum(l => l.AmountYuan ?? 0) });
        }).WithName("ReadReliefLedger");

        group.MapGet("/coverage", async Task<IResult> (string? county, HttpContext http, NpgsqlDataSource db, PolicyPacks packs, TimeProvider clock,
            CancellationToken ct) =>
        {
            if (county is not { Length: 6 } || !RegionCodes.IsValidPrefix(county)) return Problems.Validation("county", "A 6-digit county code is required.");
            var caller = Caller.From(http.User);
            if (!caller.SeesAllRegions && !county.StartsWith(caller.Region, StringComparison.Ordinal) && !caller.Region.StartsWith(county, StringComparison.Ordinal))
                return Problems.Forbidden("The county is outside your jurisdiction.");
            var prefix = caller.SeesAllRegions || county.StartsWith(caller.Region, StringComparison.Ordinal) ? county : caller.Region;
            var today = clock.Today();
            var states = await ReliefProjection.UnderAsync(db, prefix, ct);
            var facts = (await ChildFactsTable.AllAsync(db, ct)).Where(f => f.RegionCode!.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            var byChild = states.ToDictionary(s => s.State.ChildId, s => s.State);

            var uncovered = facts.Where(f => ProgrammeRules.Evaluate(f, today, packs.Resolve(f.RegionCode!).Relief)
                    .Any(e => !(byChild.GetValueOrDefault(f.ChildId)?.Entitlements.Any(x => x.Programme == e.Programme && x.Current) ?? false)))
                .Select(f => f.ChildId).ToList();
            var pending = states.SelectMany(s => s.State.Cases.Where(c => c.Pending)
                .Select(c => new CaseAge(s.State.ChildId, c.CaseId, c.Programme, c.Status, today.DayNumber - c.OpenedOn.DayNumber))).ToList();
            var buckets = new Dictionary<string, int>
            {
                ["0-14 days"] = pending.Count(p => p.DaysOpen <= 14),
                ["15-30 days"] = pending.Count(p => p.DaysOpen is > 14 and <= 30),
                ["over 30 days"] = pending.Count(p => p.DaysOpen > 30),
            };
            var horizon = ProgrammeRules.MonthOf(today).AddMonths(3);
            var ending = new List<EndingSoon>();
            foreach (var (state, _) in states)
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

using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Csv;
using ChildProtection.Registry.Matching;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults;
using static ChildProtection.Registry.Surveys.SurveyOutcomes;

namespace ChildProtection.Registry.Surveys;

/// <summary>
/// Imports a full survey (摸底排查) row by row: validate, refuse rows outside the caller's jurisdiction, match the row to a
/// registered child (ID number's blind index, else name + birth date + village at <see cref="MatchScoring.Duplicate"/>),
/// decide only the facts that differ and append them per child through
/// <see cref="ChildCommandHandler.AppendWithCategoriesAsync"/>. A bad row stores nothing and stops nothing.
/// </summary>
public sealed partial class SurveyImporter(PostgresEventStore store, ChildCommandHandler handler, ChildMatcher matcher,
    NationalIdProtector protector, IRegistryPolicies policies, TimeProvider clock, ILogger<SurveyImporter> log)
{
    public async Task<SurveyReport> ImportAsync(CsvTable table, Caller caller, EventMetadata metadata, bool dryRun, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var seen = new SurveyRowsSeen();
        var results = new List<SurveyRowResult>(table.Records.Count);
        foreach (var row in table.Records) results.Add(await RowAsync(row, caller, metadata, dryRun, seen, now, ct));
        var report = SurveyReport.Of(dryRun, table.IgnoredColumns, results);
        LogImported(log, dryRun, report.Rows, report.Totals[Created], report.Totals[Updated], report.Totals[Unchanged],
            report.Rows - report.Totals[Created] - report.Totals[Updated] - report.Totals[Unchanged]);
        return report;
    }

    private async Task<SurveyRowResult> RowAsync(CsvRecord row, Caller caller, EventMetadata metadata, bool dryRun, SurveyRowsSeen seen,
        DateTimeOffset now, CancellationToken ct)
    {
        var (facts, errors) = SurveyRowValidator.Validate(row, DateOnly.FromDateTime(now.UtcDateTime));
        var village = row[SurveyColumns.VillageCode];
        if (village is { Length: 12 } && village.All(char.IsAsciiDigit) && !caller.CanSee(village))
            return new(row.Row, OutsideJurisdiction, Errors: errors.Count > 0 ? errors : null,
                Detail: "The village is outside your jurisdiction; the row was not stored.");
        if (facts is null) return new(row.Row, Invalid, Errors: errors);

        var details = facts.Identity.Details;
        var blindIndex = facts.Identity.NationalId is { } number ? protector.BlindIndex(number) : null;
        var query = new MatchQuery(blindIndex, details.Name, details.BirthDate, details.RegionCode);
        if (seen.Earlier(query) is { } earlier) return DuplicateOfRow(row.Row, earlier);

        var (target, refusal) = await MatchAsync(row.Row, query, caller, ct);
        if (refusal is not null) return refusal;
        if (target is { } matched && seen.Earlier(query, matched) is { } sameChild) return DuplicateOfRow(row.Row, sameChild);

        var result = await ApplyAsync(row.Row, facts, target, blindIndex, metadata, dryRun, now, ct);
        seen.Add(query, row.Row, result.ChildId);
        return result;
    }

    private static SurveyRowResult DuplicateOfRow(int row, (int Row, Guid? ChildId) earlier) =>
        new(row, PossibleDuplicate, earlier.ChildId, DuplicateOfRow: earlier.Row,
            Detail: $"The same child as row {earlier.Row} of this file; only that row was used.");

    /// <summary>The registered child the row is about (null = a new child), or the row's refusal.</summary>
    private async Task<(Guid? Target, SurveyRowResult? Refusal)> MatchAsync(int row, MatchQuery query, Caller caller, CancellationToken ct)
    {
        var candidates = await matcher.FindAsync(query, caller, MatchScoring.Duplicate, ct);
        var sameId = candidates.Where(c => c.Score >= 1.0).ToList();
        if (sameId.Count == 1 && caller.CanSee(sameId[0].Child.RegionCode)) return (sameId[0].Child.Id, null);
        if (sameId.Count > 0)
            return (null, new(row, PossibleDuplicate, Candidates: Visible(sameId, caller),
                Detail: "A child with this national ID number is already registered outside your jurisdiction; ask that county to correct the file."));
        if (candidates.Count == 0) return (null, null);
        if (candidates.Count > 1)
            return (null, new(row, PossibleDuplicate, Candidates: Visible(candidates, caller),
                Detail: "Several registered children have this name and birth date in this village; add the national ID number to the row."));
        var only = candidates[0];
        if (query.BlindIndex is not null && only.Child.BlindIndex is not null)
            return (null, new(row, PossibleDuplicate, Candidates: [only.Child.Id],
                Detail: "A registered child has this name and birth date in this village but another national ID number. If they are different children, register this one through the API with confirmNotDuplicate."));
        return (only.Child.Id, null);
    }

    private static List<Guid> Visible(IEnumerable<MatchCandidate> candidates, Caller caller) =>
        [.. candidates.Where(c => caller.CanSee(c.Child.RegionCode)).Select(c => c.Child.Id)];

    private async Task<SurveyRowResult> ApplyAsync(int row, SurveyFacts facts, Guid? target, string? blindIndex, EventMetadata metadata,
        bool dryRun, DateTimeOffset now, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (state, version) = target is { } id ? await store.AggregateStreamAsync<Child?>(id, null, Child.Evolve, ct) : (null, 0L);
            var childId = state?.Id ?? Guid.CreateVersion7(now);
            var protectedId = facts.Identity.NationalId is { } number && state?.NationalId?.BlindIndex != blindIndex ? protector.Protect(number) : null;
            var events = SurveyDecision.Decide(facts, childId, state, protectedId, now);
            if (events.Count == 0) return new(row, Unchanged, childId, Categories: Codes(state!));
            var outcome = state is null ? Created : Updated;
            if (dryRun) return new(row, outcome, state?.Id, Changes: SurveyDecision.Changes(events), Categories: Codes(Preview(state, events, now)));
            try
            {
                var (child, _) = await handler.AppendWithCategoriesAsync(state, version, events, metadata, now, ct);
                return new(row, outcome, child.Id, Changes: SurveyDecision.Changes(events), Categories: Codes(child));
            }
            catch (ConcurrencyException) when (attempt == 0)
            {
                // Someone changed the file since it was read: decide again on the new state, once.
            }
            catch (ConcurrencyException)
            {
                return new(row, Conflict, childId, Detail: "The child's file was changed by someone else during the import; upload this row again.");
            }
        }
    }

    /// <summary>The categories the child would have, for a dry run: the same reconciliation the append does.</summary>
    private Child Preview(Child? state, IReadOnlyList<object> events, DateTimeOffset now)
    {
        var next = events.Aggregate(state, Child.Evolve)!;
        var changes = CategoryReconciler.Reconcile(next, DateOnly.FromDateTime(now.UtcDateTime), policies.For(next.Details.RegionCode), now);
        return changes.Aggregate((Child?)next, Child.Evolve)!;
    }

    private static List<string> Codes(Child child) => [.. child.Categories.Keys.Order(StringComparer.Ordinal)];

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Survey import (dry run: {DryRun}): {Rows} rows, {Created} created, {Updated} updated, {Unchanged} unchanged, {Refused} refused")]
    private static partial void LogImported(ILogger logger, bool dryRun, int rows, int created, int updated, int unchanged, int refused);
}

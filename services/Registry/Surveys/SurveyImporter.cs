using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Csv;
using ChildProtection.Registry.Matching;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using Marten;
using static ChildProtection.Registry.Surveys.SurveyOutcomes;

namespace ChildProtection.Registry.Surveys;

/// <summary>
/// Imports a full survey (摸底排查) row by row: validate, refuse rows outside the caller's jurisdiction, match the row to a
/// registered child (ID number's blind index, else name + birth date + village at <see cref="MatchScoring.Duplicate"/>),
/// decide only the facts that differ, with their categories (<see cref="ChildDecisions.WithCategories"/>), and append them:
/// one child per session and transaction, so a row is stored whole or not at all. A bad row stores nothing and stops nothing.
/// </summary>
public sealed partial class SurveyImporter(IDocumentStore store, ChildMatcher matcher,
    NationalIdProtector protector, IRegistryPolicies policies, TimeProvider clock, ILogger<SurveyImporter> log)
{
    public async Task<SurveyReport> ImportAsync(CsvTable table, Caller caller, EventMetadata metadata, bool dryRun, CancellationToken ct)
    {
        var now = Moment.Of(clock);
        var seen = new SurveyRowsSeen();
        var results = new List<SurveyRowResult>(table.Records.Count);
        foreach (var row in table.Records) results.Add(await RowAsync(row, caller, metadata, dryRun, seen, now, ct));
        var report = SurveyReport.Of(dryRun, table.IgnoredColumns, results);
        LogImported(log, dryRun, report.Rows, report.Totals[Created], report.Totals[Updated], report.Totals[Unchanged],
            report.Rows - report.Totals[Created] - report.Totals[Updated] - report.Totals[Unchanged]);
        return report;
    }

    private async Task<SurveyRowResult> RowAsync(CsvRecord row, Caller caller, EventMetadata metadata, bool dryRun, SurveyRowsSeen seen,
        Moment now, CancellationToken ct)
    {
        var (facts, errors) = SurveyRowValidator.Validate(row, DateOnly.FromDateTime(now.Now.UtcDateTime));
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
        bool dryRun, Moment at, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var session = store.LightweightSession();
            var stream = target is { } id ? await session.FetchForWritingAsync<Child>(id, Child.Evolve, ct) : null;
            var state = stream?.State;
            var childId = state?.Id ?? Guid.CreateVersion7(at.Now);
            var protectedId = facts.Identity.NationalId is { } number && state?.NationalId?.BlindIndex != blindIndex ? protector.Protect(number) : null;
            var events = SurveyDecision.Decide(facts, childId, state, protectedId, at);
            if (events.Count == 0) return new(row, Unchanged, childId, Categories: Codes(state!));
            var outcome = state is null ? Created : Updated;
            // The same reconciliation as every change to a child: the categories follow the new facts in the same append.
            var all = ((Decision.Accepted)ChildDecisions.WithCategories(Decision.Accept(events), state, at, policies)).Events;
            var child = all.Aggregate(state, Child.Evolve)!;
            if (dryRun) return new(row, outcome, state?.Id, Changes: SurveyDecision.Changes(events), Categories: Codes(child));
            if (state is null) session.Events.StartStream(childId, all);
            else stream!.Append(all);
            metadata.ApplyTo(session);
            try
            {
                await session.SaveChangesAsync(ct);
                return new(row, outcome, child.Id, Changes: SurveyDecision.Changes(events), Categories: Codes(child));
            }
            catch (JasperFx.ConcurrencyException) when (attempt == 0)
            {
                // Someone changed the file since it was read: decide again on the new state, once.
            }
            catch (JasperFx.ConcurrencyException)
            {
                return new(row, Conflict, childId, Detail: "The child's file was changed by someone else during the import; upload this row again.");
            }
        }
    }

    private static List<string> Codes(Child child) => [.. child.Categories.Keys.Order(StringComparer.Ordinal)];

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Survey import (dry run: {DryRun}): {Rows} rows, {Created} created, {Updated} updated, {Unchanged} unchanged, {Refused} refused")]
    private static partial void LogImported(ILogger logger, bool dryRun, int rows, int created, int updated, int unchanged, int refused);
}

using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Registry.Http;
using Marten;

namespace ChildProtection.Registry.ChildFile;

/// <summary><c>{"kind":"care-assistance","text":"…","on":"2025-03-01"}</c>.</summary>
public sealed record NoteInput(string? Kind, string? Text, string? On);

/// <summary><c>{"description":"…","foundOn":"2025-03-01"}</c>.</summary>
public sealed record ProblemInput(string? Description, string? FoundOn);

/// <summary><c>{"solution":"…","solvedOn":"2025-04-01"}</c>.</summary>
public sealed record SolutionInput(string? Solution, string? SolvedOn);

/// <summary>工作日志 a work-log note on the child's file (not before the child's birth).</summary>
public sealed record NoteOnFile(Guid ChildId, string Kind, string Text, DateOnly On, Moment At)
{
    public static Decision Decide(NoteOnFile c, Child state) =>
        ChildDecisions.BornBefore(state, ("on", c.On))
        ?? Decision.Accept(new WorkLogNoted(c.ChildId, Guid.CreateVersion7(c.At.Now), c.Kind, c.Text, c.On, c.At.Now));
}

/// <summary>发现问题 a problem found (not before the child's birth).</summary>
public sealed record RecordProblemFound(Guid ChildId, string Description, DateOnly FoundOn, Moment At)
{
    public static Decision Decide(RecordProblemFound c, Child state) =>
        ChildDecisions.BornBefore(state, ("foundOn", c.FoundOn))
        ?? Decision.Accept(new ProblemFound(c.ChildId, Guid.CreateVersion7(c.At.Now), c.Description, c.FoundOn, c.At.Now));
}

/// <summary>解决方案 how a problem found was solved: once, and not before it was found.</summary>
public sealed record RecordProblemSolution(Guid ChildId, Guid ProblemId, string Solution, DateOnly SolvedOn, Moment At)
{
    public static Decision Decide(RecordProblemSolution c, Child state) => state.Problems.FirstOrDefault(x => x.ProblemId == c.ProblemId) switch
    {
        null => Decision.Reject("problem-not-found", "No such problem on the child's file."),
        { Solution: not null } => Decision.Reject("problem-already-solved", "This problem already has a solution."),
        { } found when c.SolvedOn < found.FoundOn => Decision.Reject("solved-before-found", "A problem cannot be solved before it was found."),
        _ => Decision.Accept(new ProblemSolved(c.ChildId, c.ProblemId, c.Solution, c.SolvedOn, c.At.Now)),
    };
}

/// <summary>The child file (一人一档): read the timeline, write work-log notes and "problem found → solution" pairs.</summary>
public static class ChildFileEndpoints
{
    /// <summary>What a work-log note can be (the local plans' 一人一档 file contents; psychological assessments are filed in Shanxi).</summary>
    public static readonly IReadOnlySet<string> NoteKinds = new HashSet<string>(StringComparer.Ordinal)
        { "work-log", "care-assistance", "psychological-assessment", "survey" };

    public static RouteGroupBuilder MapChildFile(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/file", async Task<IResult> (Guid id, int? page, int? pageSize, HttpContext http, ChildFileReader reader,
            IDocumentStore store, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var purpose = AuditSubject.PurposeOf(http);
            if (purpose is null) return Problems.Validation(AuditSubject.PurposeHeader, "State why you read this child's file (e.g. \"home visit follow-up\"); every read is audited.");
            var p = page ?? 1;
            var size = pageSize ?? 50;
            if (p < 1) return Problems.Validation("page", "Page starts at 1.");
            if (size is < 1 or > 200) return Problems.Validation("pageSize", "Page size must be between 1 and 200.");

            var (visible, entries, total) = await reader.ReadAsync(caller, id, (p - 1) * size, size, ct);
            if (!visible) return Problems.NotFound("No such child in your jurisdiction.");
            await using var session = store.QuerySession();
            var events = await session.Events.FetchStreamAsync(id, token: ct);
            var child = events.Select(e => e.Data).Aggregate((Child?)null, Child.Evolve)!;
            var workLog = NamePolicy.MayReadFullName(caller)
                ? events.Select(e => e.Data).OfType<WorkLogNoted>().Select(n => new WorkLogEntry(n.NoteId, n.Kind, n.Text, n.On, n.RecordedAt)).ToList()
                : [];
            var problems = NamePolicy.MayReadFullName(caller) ? child.Problems : [];
            return TypedResults.Ok(new ChildFilePage(id, entries, problems, workLog, p, size, total));
        }).RequireCaller().WithName("ReadChildFile");

        group.MapPost("/{id:guid}/file/notes", async Task<IResult> (Guid id, NoteInput input, HttpContext http, StreamCommand cmd,
            IRegistryPolicies policies, ChildViews views, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (input.Kind is null || !NoteKinds.Contains(input.Kind)) errors["kind"] = [$"One of: {string.Join(", ", NoteKinds)}."];
            var text = InputDates.Text(input.Text, "text", errors, 4000);
            var on = InputDates.Parse(input.On, "on", errors, clock.Today());
            if (errors.Count > 0) return Problems.Validation(errors);
            return await cmd.ChangeAsync(http, id, Child.Kind,
                policies.Reconciling((child, at) => NoteOnFile.Decide(new NoteOnFile(id, input.Kind!, text!, on!.Value, at), child)), views.For(http), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("NoteOnChildFile");

        group.MapPost("/{id:guid}/file/problems", async Task<IResult> (Guid id, ProblemInput input, HttpContext http, StreamCommand cmd,
            IRegistryPolicies policies, ChildViews views, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var description = InputDates.Text(input.Description, "description", errors, 2000);
            var on = InputDates.Parse(input.FoundOn, "foundOn", errors, clock.Today());
            if (errors.Count > 0) return Problems.Validation(errors);
            return await cmd.ChangeAsync(http, id, Child.Kind,
                policies.Reconciling((child, at) => RecordProblemFound.Decide(new RecordProblemFound(id, description!, on!.Value, at), child)),
                views.For(http), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("RecordProblemFound");

        group.MapPost("/{id:guid}/file/problems/{problemId:guid}/solution", async Task<IResult> (Guid id, Guid problemId, SolutionInput input,
            HttpContext http, StreamCommand cmd, IRegistryPolicies policies, ChildViews views, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var solution = InputDates.Text(input.Solution, "solution", errors, 2000);
            var on = InputDates.Parse(input.SolvedOn, "solvedOn", errors, clock.Today());
            if (errors.Count > 0) return Problems.Validation(errors);
            return await cmd.ChangeAsync(http, id, Child.Kind,
                policies.Reconciling((child, at) => RecordProblemSolution.Decide(new RecordProblemSolution(id, problemId, solution!, on!.Value, at), child)),
                views.For(http), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("RecordProblemSolution");
        return group;
    }
}

using ChildProtection.ChildChecks;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.Validation;

namespace ChildProtection.Procuratorate.Cases.Opening;

/// <summary>A case opened by a prosecutor, or a case clue given by any department.</summary>
/// <param name="ChildId">The child's registry id, when the case is about one child.</param>
public sealed record OpenCase(string? RegionCode, Guid? ChildId, IReadOnlyList<string>? Grounds, string? Summary);

/// <summary>POST /cases (a prosecutor, directly) and POST /clues (any department of the region: 案件线索).</summary>
public static class OpenCaseEndpoints
{
    public static readonly IReadOnlyList<string> GroundCodes =
    [
        "guardian-failing-duties", "guardian-harming-child", "suspected-crime", "admonition-ignored", "unit-failing-duties", "public-interest", "other",
    ];

    public static RouteGroupBuilder MapOpenCase(this RouteGroupBuilder prosecutors)
    {
        prosecutors.MapPost("/cases", (HttpContext http, OpenCase body, StreamCommand cmd, RegistryChildren registry, TimeProvider clock, CancellationToken ct) =>
            OpenAsync(http, body, CaseSources.Direct, cmd, registry, clock, ct));
        return prosecutors;
    }

    public static IEndpointRouteBuilder MapCaseClues(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/procuratorate/clues", (HttpContext http, OpenCase body, StreamCommand cmd, RegistryChildren registry, TimeProvider clock, CancellationToken ct) =>
            OpenAsync(http, body, CaseSources.Clue, cmd, registry, clock, ct)).RequireCaller();
        return app;
    }

    private static async Task<IResult> OpenAsync(HttpContext http, OpenCase body, string source, StreamCommand cmd, RegistryChildren registry,
        TimeProvider clock, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var input = new Input().Text("summary", body.Summary, 4000);
        if (body.RegionCode is not { Length: >= 6 } region || !RegionCodes.IsValidPrefix(region))
            input.Fail("regionCode", "A region code of 6 to 12 digits (county to village).");
        else if (!caller.CanSee(region)) input.Fail("regionCode", "Outside your jurisdiction.");
        if (body.ChildId == Guid.Empty) input.Fail("childId", "Not a registry id.");
        var grounds = body.Grounds ?? [];
        if (grounds.Count == 0) input.Fail("grounds", $"At least one of: {string.Join(", ", GroundCodes)}.");
        foreach (var g in grounds.Where(g => !GroundCodes.Contains(g))) input.Fail("grounds", $"Unknown ground; one of: {string.Join(", ", GroundCodes)}.");
        if (!input.Valid) return Problems.Validation(input.Errors);
        if (body.ChildId is { } childId && await registry.ExistsAsync(childId, ct) == false)
            return Problems.Validation("childId", "The registry has no such child in your jurisdiction.");

        var id = Guid.CreateVersion7();
        var opened = new CaseOpened(id, body.RegionCode!, body.ChildId, source, null, null, source == CaseSources.Clue ? caller.Department : null,
            [.. grounds.Distinct()], body.Summary!.Trim(), clock.GetUtcNow());
        // A clue's giver learns the case id, not the case: reading it is for prosecutors.
        return await cmd.StartAsync(http, id, ProcuratorateCase.Kind, Decision.Accept(opened),
            (c, version) => source == CaseSources.Clue ? new { id } : (object)CaseView.Of(c, version, []), $"/api/procuratorate/cases/{id}", ct);
    }
}

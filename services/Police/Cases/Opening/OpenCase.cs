using ChildProtection.Police.Children;
using ChildProtection.Police.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Police.Cases.Opening;

/// <summary>Open a case (an officer, a village committee, or an accepted mandatory report).</summary>
public sealed record OpenCase(Guid CaseId, string Source, Guid? ReportId, Guid? RoutingId, Guid? ChildId, string RegionCode, string Kind,
    IReadOnlyList<string> Situations, string? Urgency, string? Account, string By, Moment At)
{
    /// <summary>A case opens once; a second open of the same stream is refused.</summary>
    public static Decision Decide(OpenCase c, PoliceCase? state) => state is not null
        ? Decision.Reject("case-already-open", "This case is already open.")
        : Decision.Accept(new CaseOpened(c.CaseId, c.Source, c.ReportId, c.RoutingId, c.ChildId, c.RegionCode, c.Kind, c.Situations,
            c.Urgency, c.Account, c.At.Now, c.By));
}

/// <summary>
/// The body of <c>POST /api/police/cases</c> (an officer) and <c>POST /api/police/cases/village-committee-reports</c>
/// (a village committee reporting a guardian who fails the child).
/// </summary>
public sealed record OpenCaseInput(string? RegionCode, Guid? ChildId, string? Kind, IReadOnlyList<string>? Situations, string? Urgency,
    string? Account, string? Source)
{
    public static readonly string[] Urgencies = ["immediate", "urgent", "normal"];

    public (OpenCase? Command, Dictionary<string, string[]> Errors) Validate(string source, string by, Moment at)
    {
        var errors = new Dictionary<string, string[]>();
        var region = Input.Region(errors, "regionCode", RegionCode);
        var kind = Kind is null ? CaseKinds.PendingReview : Input.Code(errors, "kind", Kind, CaseKinds.All);
        var situations = Input.Codes(errors, "situations", Situations, CaseSituations.All);
        var urgency = Urgency is null ? null : Input.Code(errors, "urgency", Urgency, Urgencies);
        var account = Input.OptionalText(errors, "account", Account, 4000, "The account");
        if (ChildId == Guid.Empty) errors["childId"] = ["childId is a registry child id, or left out when the child is not known yet."];
        return errors.Count > 0
            ? (null, errors)
            : (new OpenCase(Guid.CreateVersion7(), source, null, null, ChildId, region!, kind!, situations!, urgency, account, by, at), errors);
    }
}

/// <summary>Maps the two ways to open a case over HTTP.</summary>
public static class OpenCaseEndpoints
{
    public static RouteGroupBuilder MapOpenCase(this RouteGroupBuilder group)
    {
        group.MapPost("/", (OpenCaseInput input, HttpContext http, StreamCommand cmd, TimeProvider clock, IChildDirectory children,
            CancellationToken ct) =>
        {
            var source = input.Source ?? CaseSources.Direct;
            if (source is not (CaseSources.Direct or CaseSources.VillageCommittee))
                return Task.FromResult<IResult>(Problems.Validation("source", "source is direct or village-committee (reports arrive from Reporting)."));
            return OpenAsync(input, source, http, cmd, clock, children, ct);
        })
        .RequireCaller(departments: [Departments.Police], roles: [Roles.Officer])
        .WithName("OpenPoliceCase");

        group.MapPost("/village-committee-reports", (OpenCaseInput input, HttpContext http, StreamCommand cmd, TimeProvider clock,
                IChildDirectory children, CancellationToken ct) =>
                OpenAsync(input with { Kind = null }, CaseSources.VillageCommittee, http, cmd, clock, children, ct))
            .RequireCaller(departments: [Departments.VillageCommittee])
            .WithName("ReportFailingGuardianToPolice");
        return group;
    }

    private static async Task<IResult> OpenAsync(OpenCaseInput input, string source, HttpContext http, StreamCommand cmd, TimeProvider clock,
        IChildDirectory children, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var (command, errors) = input.Validate(source, caller.User, Moment.Of(clock));
        if (command is null) return Problems.Validation(errors);
        if (!caller.CanSee(command.RegionCode)) return Problems.Forbidden("The region is outside your jurisdiction.");
        if (command.ChildId is { } childId && await children.VerifyAsync(childId, "childId", ct) is { } unknown) return unknown;
        return await cmd.StartAsync(http, command.CaseId, PoliceCase.Stream, OpenCase.Decide(command, null), CaseView.From,
            $"/api/police/cases/{command.CaseId}", ct);
    }
}

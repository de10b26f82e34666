using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.Registry.Matching;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Registry.Children.Registering;

/// <summary>Open a child's file (一人一档), with the ID number protected and a near-duplicate override noted on the file.</summary>
public sealed record RegisterChild(Guid ChildId, ValidatedIdentity Identity, ProtectedNationalId? NationalId,
    string? DuplicateOverride, IReadOnlyList<Guid> OverriddenCandidates, Moment At, string? ProtectedAddress = null)
{
    public static Decision Decide(RegisterChild command, Child? state)
    {
        if (state is not null) return Decision.Reject("child-already-registered", "A child with this id is already registered.");
        var now = command.At.Now;
        var events = new List<object> { new ChildRegistered(command.ChildId, command.Identity.Details, now) };
        if (command.NationalId is { } id) events.Add(new NationalIdRecorded(command.ChildId, id, now));
        if (command.ProtectedAddress is { } address) events.Add(new HomeAddressRecorded(command.ChildId, address, now));
        if (command.Identity.School is { } school) events.Add(new SchoolRecorded(command.ChildId, school, now));
        if (command.DuplicateOverride is { } reason)
            events.Add(new WorkLogNoted(command.ChildId, Guid.CreateVersion7(now), "duplicate-check",
                $"Registered although it resembles {string.Join(", ", command.OverriddenCandidates)}: {reason}",
                command.At.Today, now));
        return Decision.Accept([.. events]);
    }
}

public static class RegisterChildEndpoint
{
    public static RouteGroupBuilder MapRegisterChild(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<IResult> (ChildDetailsInput input, HttpContext http, StreamCommand cmd, ChildMatcher matcher,
            NationalIdProtector protector, HomeAddresses addresses, ChildViews views, IRegistryPolicies policies, TimeProvider clock,
            CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var at = Moment.Of(clock);
            var (identity, errors) = input.Validate(at.Today);
            if (identity is null) return Problems.Validation(errors);
            if (!caller.CanSee(identity.Details.RegionCode))
                return Problems.Forbidden("The child's region is outside your jurisdiction.");

            var protectedId = identity.NationalId is { } number ? protector.Protect(number) : null;
            var candidates = await matcher.FindAsync(
                new MatchQuery(protectedId?.BlindIndex, identity.Details.Name, identity.Details.BirthDate, identity.Details.RegionCode),
                caller, MatchScoring.Duplicate, ct);
            var sameId = candidates.Where(c => c.Score >= 1.0).ToList();
            var confirmed = string.IsNullOrWhiteSpace(input.ConfirmNotDuplicate) ? null : input.ConfirmNotDuplicate.Trim();
            if (sameId.Count > 0 || (candidates.Count > 0 && confirmed is null))
                return PossibleDuplicate(candidates, caller, canOverride: sameId.Count == 0);

            var command = new RegisterChild(Guid.CreateVersion7(), identity, protectedId, candidates.Count > 0 ? confirmed : null,
                [.. candidates.Select(c => c.Child.Id)], at, identity.Address is { } address ? addresses.Protect(address) : null);
            return await cmd.StartAsync(http, command.ChildId, Child.Kind,
                ChildDecisions.WithCategories(RegisterChild.Decide(command, null), null, at, policies), views.For(http),
                $"/api/registry/children/{command.ChildId}", ct);
        })
        .RequireCaller(departments: [Departments.CivilAffairs])
        .WithName("RegisterChild");
        return group;
    }

    /// <summary>409 listing the candidates (names masked; outside the caller's jurisdiction only the county is shown).</summary>
    private static IResult PossibleDuplicate(IReadOnlyList<MatchCandidate> candidates, Caller caller, bool canOverride) =>
        TypedResults.Problem(
            canOverride
                ? "A child with the same name and birth date is already registered in this village. If this is a different child, send the registration again with confirmNotDuplicate set to the reason."
                : "A child with this national ID number is already registered.",
            statusCode: StatusCodes.Status409Conflict,
            title: "Possible duplicate registration.",
            type: ProblemTypes.PossibleDuplicate,
            extensions: new Dictionary<string, object?>
            {
                ["code"] = canOverride ? "possible-duplicate" : "national-id-already-registered",
                ["canOverride"] = canOverride,
                ["candidates"] = candidates.Select(c => caller.CanSee(c.Child.RegionCode)
                    ? new { id = (Guid?)c.Child.Id, name = NamePolicy.Mask(c.Child.Name), birthDate = (DateOnly?)c.Child.BirthDate, regionCode = c.Child.RegionCode, score = c.Score, reasons = c.Reasons, inYourJurisdiction = true }
                    : new { id = (Guid?)null, name = "*", birthDate = (DateOnly?)null, regionCode = c.Child.RegionCode[..6], score = c.Score, reasons = c.Reasons, inYourJurisdiction = false }).ToList(),
            });
}

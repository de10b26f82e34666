using ChildProtection.EventStore;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.Registry.Matching;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.Registry.Http;
using ChildProtection.ServiceDefaults.Http;

namespace ChildProtection.Registry.Children.Registering;

/// <summary>Open a child's file (一人一档), with the ID number protected and a near-duplicate override noted on the file.</summary>
public sealed record RegisterChild(Guid ChildId, ValidatedIdentity Identity, ProtectedNationalId? NationalId,
    string? DuplicateOverride, IReadOnlyList<Guid> OverriddenCandidates, DateTimeOffset Now, string? ProtectedAddress = null)
{
    public static Decision Decide(RegisterChild command, Child? state)
    {
        if (state is not null) return Decision.Reject("child-already-registered", "A child with this id is already registered.");
        var events = new List<object> { new ChildRegistered(command.ChildId, command.Identity.Details, command.Now) };
        if (command.NationalId is { } id) events.Add(new NationalIdRecorded(command.ChildId, id, command.Now));
        if (command.ProtectedAddress is { } address) events.Add(new HomeAddressRecorded(command.ChildId, address, command.Now));
        if (command.Identity.School is { } school) events.Add(new SchoolRecorded(command.ChildId, school, command.Now));
        if (command.DuplicateOverride is { } reason)
            events.Add(new WorkLogNoted(command.ChildId, Guid.CreateVersion7(command.Now), "duplicate-check",
                $"Registered although it resembles {string.Join(", ", command.OverriddenCandidates)}: {reason}",
                ChinaDate.On(command.Now), command.Now));
        return Decision.Accept([.. events]);
    }
}

public static class RegisterChildEndpoint
{
    public static RouteGroupBuilder MapRegisterChild(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<IResult> (ChildDetailsInput input, HttpContext http, ChildCommandHandler handler, ChildMatcher matcher,
            NationalIdProtector protector, HomeAddresses addresses, ChildViews views, TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var now = clock.GetUtcNow();
            var (identity, errors) = input.Validate(ChinaDate.On(now));
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
                [.. candidates.Select(c => c.Child.Id)], now, identity.Address is { } address ? addresses.Protect(address) : null);
            if (RegisterChild.Decide(command, null) is not Decision.Accepted accepted)
                return Problems.Rejected("child-already-registered", "The child is already registered.");
            var (child, version) = await handler.AppendWithCategoriesAsync(null, 0, accepted.Events, http.CreateEventMetadata(), now, ct);

            http.Response.Headers.ETag = ETags.Format(version);
            AuditSubject.Set(http, command.ChildId);
            return TypedResults.Created($"/api/registry/children/{command.ChildId}",
                views.Full(child, version, caller, ChinaDate.On(now)));
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

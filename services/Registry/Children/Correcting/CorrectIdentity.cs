using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.Registry.Matching;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Registry.Http;

namespace ChildProtection.Registry.Children.Correcting;

/// <summary>Correct a registered child's identity: basic details, school, ID number, home address (each change its own event).</summary>
/// <param name="ChangedAddress">The new home address, encrypted, when it differs from the recorded one; null otherwise.</param>
public sealed record CorrectIdentity(Guid ChildId, ValidatedIdentity Identity, ProtectedNationalId? NationalId, Moment At,
    string? ChangedAddress = null)
{
    public static Decision Decide(CorrectIdentity command, Child state)
    {
        var now = command.At.Now;
        var events = new List<object>();
        if (state.Details != command.Identity.Details) events.Add(new ChildDetailsCorrected(command.ChildId, command.Identity.Details, now));
        if (state.School != command.Identity.School) events.Add(new SchoolRecorded(command.ChildId, command.Identity.School, now));
        if (command.NationalId is { } id && state.NationalId?.BlindIndex != id.BlindIndex)
            events.Add(new NationalIdRecorded(command.ChildId, id, now));
        if (command.ChangedAddress is { } address) events.Add(new HomeAddressRecorded(command.ChildId, address, now));
        return Decision.Accept([.. events]);
    }
}

public static class CorrectIdentityEndpoint
{
    public static RouteGroupBuilder MapCorrectIdentity(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}", async Task<IResult> (Guid id, ChildDetailsInput input, HttpContext http, StreamCommand cmd,
            ChildMatcher matcher, NationalIdProtector protector, HomeAddresses addresses, IRegistryPolicies policies, ChildViews views,
            TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var (identity, errors) = input.Validate(clock.Today());
            if (identity is null) return Problems.Validation(errors);
            if (!caller.CanSee(identity.Details.RegionCode)) return Problems.Forbidden("The new region is outside your jurisdiction.");
            var protectedId = identity.NationalId is { } number ? protector.Protect(number) : null;
            if (protectedId is not null)
            {
                var holders = await matcher.FindAsync(new MatchQuery(protectedId.BlindIndex, null, null, null), caller, 1.0, ct);
                if (holders.Any(h => h.Child.Id != id))
                    return Problems.Rejected("national-id-already-registered", "Another child's file has this national ID number.");
            }
            // Ciphertexts differ on every write, so compare in clear here, outside the pure decision.
            string? ChangedAddress(Child child) => identity.Address is { } address
                && (child.HomeAddress is null || addresses.Reveal(child.HomeAddress) != address) ? addresses.Protect(address) : null;
            return await cmd.ChangeAsync(http, id, Child.Kind,
                policies.Reconciling((child, at) => CorrectIdentity.Decide(new CorrectIdentity(id, identity, protectedId, at, ChangedAddress(child)), child)),
                views.For(http), ct);
        })
        .RequireCaller(departments: [Departments.CivilAffairs])
        .WithName("CorrectChildIdentity");
        return group;
    }
}

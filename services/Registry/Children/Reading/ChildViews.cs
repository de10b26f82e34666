using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults;
using ChildProtection.Registry.Http;

namespace ChildProtection.Registry.Children.Reading;

/// <summary>Builds the views of a child for a caller: names and ID numbers masked unless the caller's duty needs them.</summary>
public sealed class ChildViews(IRegistryPolicies policies, NationalIdProtector protector, HomeAddresses addresses, TimeProvider clock)
{
    /// <summary>The answer of a read or change, for the request's caller: the full file at its version, today in China.</summary>
    public Func<Child, long, object> For(HttpContext http, bool revealNationalId = false, bool revealAddress = false)
    {
        var caller = Caller.From(http.User);
        return (child, version) => Full(child, version, caller, clock.Today(), revealNationalId, revealAddress);
    }

    public ChildView Full(Child child, long version, Caller caller, DateOnly today, bool revealNationalId = false, bool revealAddress = false)
    {
        AddressView? address = child.HomeAddress is null ? null
            : revealAddress && NamePolicy.MayRevealAddress(caller) ? new AddressView(addresses.Reveal(child.HomeAddress), false)
            : new AddressView(HomeAddresses.Mask(child.Details.RegionCode), true);
        var revealNames = NamePolicy.MayReadFullName(caller);
        var name = revealNames ? child.Details.Name : NamePolicy.Mask(child.Details.Name);
        var policy = policies.For(child.Details.RegionCode);
        NationalIdView? nationalId = child.NationalId is null ? null
            : revealNationalId && NamePolicy.MayRevealNationalId(caller) ? new NationalIdView(protector.Reveal(child.NationalId), false)
            : new NationalIdView(child.NationalId.Masked, true);
        var carer = child.Carer is { } c
            ? new CarerView(revealNames ? c.Name : NamePolicy.Mask(c.Name), c.Relation, c.DirectRelative, c.Agreement, c.UnfitFlags, c.Since, CarerWarnings(c))
            : null;
        return new ChildView(
            child.Id, name, !revealNames, Codes.Of(child.Details.Gender), child.Details.BirthDate, Age(child.Details.BirthDate, today),
            child.Details.RegionCode, Codes.Of(child.Details.Household), child.School, nationalId,
            new ParentsView(child.Parents.GetValueOrDefault(ParentRole.Father), child.Parents.GetValueOrDefault(ParentRole.Mother)),
            [.. child.Guardians.Select(g => new GuardianView(g.GuardianId, revealNames ? g.Name : NamePolicy.Mask(g.Name), g.Relation, g.Since))],
            carer,
            [.. child.RiskFactors.Values.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => new RiskFactorView(r.Code, r.Label, r.Disability, r.Since, r.Derived))],
            [.. child.Hardships.Values.OrderBy(h => h.Kind)], [.. child.Harms],
            revealNames ? child.CurrentGuardianship : child.CurrentGuardianship with { AppointedGuardian = child.CurrentGuardianship.AppointedGuardian is { } g ? NamePolicy.Mask(g) : null },
            [.. child.Assessments.OrderBy(a => a.AssessedOn)], child.DirectorId,
            [.. child.Categories.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => new CategoryView(k.Key, k.Value.Reasons, k.Value.Since))],
            CareAgreementCheck.For(child, policy), child.Problems.Count(p => p.Solution is null), CategoryRules.NextReview(child, today),
            version, child.RegisteredAt, address);
    }

    public static int Age(DateOnly birth, DateOnly today)
    {
        var age = today.Year - birth.Year;
        return birth.AddYears(age) > today ? age - 1 : age;
    }

    private static IReadOnlyList<string> CarerWarnings(DelegatedCarer carer) => carer.UnfitFlags.Count == 0 ? [] :
        [$"The carer has {string.Join(", ", carer.UnfitFlags.Select(Codes.Of))}: Minors Protection Law art. 22 forbids entrusting the child to them; choose a new carer."];
}

using System.Globalization;
using ChildProtection.Registry.Privacy;

namespace ChildProtection.Registry.Children;

/// <summary>A child's identity as validated: details, school (null = not in school), the normalised ID number and the home address if given.</summary>
public sealed record ValidatedIdentity(ChildDetails Details, string? School, string? NationalId, string? Address = null);

/// <summary>A child's identity as sent by a client; validated before anything reaches the event store.</summary>
/// <param name="ConfirmNotDuplicate">When registering: why this child is not the near-duplicate the registry found (e.g. "namesake in the same village, different parents").</param>
/// <param name="Address">The home address (optional): encrypted at rest, masked unless revealed.</param>
public sealed record ChildDetailsInput(string? Name, string? Gender, string? BirthDate, string? RegionCode, string? Household,
    string? School = null, string? NationalId = null, string? ConfirmNotDuplicate = null, string? Address = null)
{
    /// <summary>The oldest a person can be and still be registered as a child (under 18).</summary>
    public const int AdultAge = 18;

    /// <summary>Validates and converts; on failure returns the errors per field, in camelCase.</summary>
    public (ValidatedIdentity? Identity, Dictionary<string, string[]> Errors) Validate(DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name)) errors["name"] = ["The child's name is required."];
        else if (name.Length > 50) errors["name"] = ["The name must be at most 50 characters."];

        Gender gender = default;
        if (Gender is not ("male" or "female")) errors["gender"] = ["Gender must be 'male' or 'female'."];
        else gender = Gender == "male" ? Children.Gender.Male : Children.Gender.Female;

        DateOnly birthDate = default;
        if (!DateOnly.TryParseExact(BirthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out birthDate))
            errors["birthDate"] = ["Birth date must be a date in the form YYYY-MM-DD."];
        else if (birthDate > today) errors["birthDate"] = ["Birth date cannot be in the future."];
        else if (birthDate <= today.AddYears(-AdultAge)) errors["birthDate"] = ["The person is 18 or older and is not a child."];

        if (RegionCode is null || RegionCode.Length != 12 || !RegionCode.All(char.IsAsciiDigit))
            errors["regionCode"] = ["Region code must be the 12-digit statistical code of a village or community."];

        Household household = default;
        if (Household is not ("rural" or "urban")) errors["household"] = ["Household must be 'rural' or 'urban'."];
        else household = Household == "rural" ? Children.Household.Rural : Children.Household.Urban;

        var school = string.IsNullOrWhiteSpace(School) ? null : School.Trim();
        if (school is { Length: > 100 }) errors["school"] = ["The school's name must be at most 100 characters."];

        var nationalId = NationalIdNumber.Normalize(NationalId);
        if (string.IsNullOrEmpty(nationalId)) nationalId = null;
        else if (NationalIdNumber.Validate(nationalId) is { } problem) errors["nationalId"] = [problem];
        else if (!errors.ContainsKey("birthDate") && NationalIdNumber.BirthDate(nationalId) != birthDate)
            errors["nationalId"] = ["The birth date in the national ID number differs from the birth date given."];
        else if (!errors.ContainsKey("gender") && NationalIdNumber.IsMale(nationalId) != (gender == Children.Gender.Male))
            errors["nationalId"] = ["The national ID number is that of a person of the other gender."];

        var address = string.IsNullOrWhiteSpace(Address) ? null : Address.Trim();
        if (address is { Length: > 200 }) errors["address"] = ["The address must be at most 200 characters."];

        if (ConfirmNotDuplicate is { Length: > 500 }) errors["confirmNotDuplicate"] = ["The reason must be at most 500 characters."];

        return errors.Count > 0
            ? (null, errors)
            : (new ValidatedIdentity(new ChildDetails(name!, gender, birthDate, RegionCode!, household), school, nationalId, address), errors);
    }
}

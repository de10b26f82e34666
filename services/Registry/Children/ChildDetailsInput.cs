using System.Globalization;

namespace ChildProtection.Registry.Children;

/// <summary>A child's basic details as sent by a client; validated before anything reaches the event store.</summary>
public sealed record ChildDetailsInput(string? Name, string? Gender, string? BirthDate, string? RegionCode, string? Household)
{
    /// <summary>The oldest a person can be and still be registered as a child (under 18).</summary>
    public const int AdultAge = 18;

    /// <summary>Validates and converts; on failure returns the errors per field, in camelCase.</summary>
    public (ChildDetails? Details, Dictionary<string, string[]> Errors) Validate(DateOnly today)
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

        return errors.Count > 0 ? (null, errors) : (new ChildDetails(name!, gender, birthDate, RegionCode!, household), errors);
    }
}

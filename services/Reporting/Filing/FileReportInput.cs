using System.Globalization;
using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults;
using ChildProtection.Jurisdictions;

namespace ChildProtection.Reporting.Filing;

/// <summary>The reporting unit and person, as sent.</summary>
public sealed record ReporterInput(string? UnitType, string? UnitName, string? Person, string? Contact);

/// <summary>The child, as sent: a registry id, or identifying details (the ID number is used for matching only, never stored).</summary>
public sealed record ChildInput(Guid? ChildId, string? Name, string? BirthDate, string? Gender, string? RegionCode, string? IdNumber);

/// <summary>The body of <c>POST /api/reporting/reports</c>.</summary>
public sealed record FileReportInput(ReporterInput? Reporter, string? Channel, ChildInput? Child, string[]? Situations, string? Observation,
    string? ObservedAt, string? Urgency);

/// <summary>The child after validation.</summary>
public sealed record ValidChild(Guid? ChildId, string? Name, DateOnly? BirthDate, string? Gender, string? RegionCode, string? IdNumber);

/// <summary>A report that passed every field check.</summary>
public sealed record ValidReport(Reporter Reporter, string Channel, ValidChild Child, IReadOnlyList<string> Situations, string Observation,
    DateTimeOffset ObservedAt, string Urgency);

public static class FileReportValidation
{
    /// <summary>Every invalid field at once (messages never repeat the value: it may be a name or an ID number).</summary>
    public static (ValidReport? Report, Dictionary<string, string[]> Errors) Validate(this FileReportInput input, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        var r = input.Reporter;
        if (r is null) errors["reporter"] = ["The reporter (unitType, unitName, person, contact) is required."];
        var unitType = r?.UnitType?.Trim();
        if (r is not null && (unitType is null || !Codes.UnitTypes.Contains(unitType)))
            errors["reporter.unitType"] = [$"Unit type must be one of {string.Join(", ", Codes.UnitTypes)}."];
        var unitName = r is null ? null : Text(errors, "reporter.unitName", r.UnitName, 100, "The unit's name");
        var person = r is null ? null : Text(errors, "reporter.person", r.Person, 50, "The reporting person");
        var contact = r is null ? null : Text(errors, "reporter.contact", r.Contact, 50, "A contact (phone) of the reporter");

        var channel = input.Channel?.Trim();
        if (channel is null || !Codes.Channels.Contains(channel))
            errors["channel"] = [$"Channel must be one of {string.Join(", ", Codes.Channels)} (visit escalations are filed by the platform)."];

        var child = ValidateChild(input.Child, now, errors);

        var situations = (input.Situations ?? []).Select(s => s?.Trim() ?? "").ToList();
        if (situations.Count == 0) errors["situations"] = ["Name at least one situation."];
        else if (situations.FirstOrDefault(s => !ReportableSituations.All.Contains(s)) is not null)
            errors["situations"] = [$"Situations must be among {string.Join(", ", ReportableSituations.All)}."];
        else if (situations.Distinct(StringComparer.Ordinal).Count() != situations.Count) errors["situations"] = ["A situation is listed twice."];

        var observation = Text(errors, "observation", input.Observation, 2000, "What was observed");
        DateTimeOffset observedAt = default;
        if (!DateTimeOffset.TryParse(input.ObservedAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out observedAt))
            errors["observedAt"] = ["When it was observed must be a date and time with offset, e.g. 2025-03-01T09:30:00+08:00."];
        else if (observedAt > now.AddMinutes(5)) errors["observedAt"] = ["When it was observed cannot be in the future."];

        var urgency = input.Urgency?.Trim();
        if (urgency is null || !Codes.Urgencies.Contains(urgency)) errors["urgency"] = [$"Urgency must be one of {string.Join(", ", Codes.Urgencies)}."];

        if (errors.Count > 0) return (null, errors);
        return (new ValidReport(new Reporter(unitType!, unitName!, person!, contact!), channel!, child!, situations, observation!,
            observedAt.ToUniversalTime(), urgency!), errors);
    }

    private static ValidChild? ValidateChild(ChildInput? c, DateTimeOffset now, Dictionary<string, string[]> errors)
    {
        if (c is null)
        {
            errors["child"] = ["The child is required: childId, or name and regionCode (with birthDate or idNumber when known)."];
            return null;
        }
        if (c.ChildId is { } id)
        {
            if (c.Name is not null || c.IdNumber is not null || c.BirthDate is not null)
                errors["child"] = ["Give either childId or the child's details, not both."];
            return id == Guid.Empty ? Fail(errors, "child.childId", "The child id is not a registry id.") : new ValidChild(id, null, null, null, null, null);
        }
        var before = errors.Count;
        var name = Text(errors, "child.name", c.Name, 50, "The child's name");
        var region = c.RegionCode?.Trim();
        if (!RegionCodes.IsValidPrefix(region) || region!.Length < 6)
            errors["child.regionCode"] = ["The child's region must be a statistical region code of 6 to 12 digits (county or finer)."];
        DateOnly? birth = null;
        if (!string.IsNullOrWhiteSpace(c.BirthDate))
        {
            if (!DateOnly.TryParseExact(c.BirthDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var b))
                errors["child.birthDate"] = ["Birth date must be YYYY-MM-DD."];
            else if (b > DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime)) errors["child.birthDate"] = ["Birth date cannot be in the future."];
            else birth = b;
        }
        var gender = c.Gender?.Trim();
        if (gender is not null && gender is not ("male" or "female")) errors["child.gender"] = ["Gender must be male or female."];
        var idNumber = c.IdNumber?.Trim().ToUpperInvariant();
        if (idNumber is not null && (idNumber.Length != 18 || !idNumber[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(idNumber[17]) || idNumber[17] == 'X')))
            errors["child.idNumber"] = ["The ID number must be 18 characters: 17 digits and a digit or X."];
        return errors.Count > before ? null : new ValidChild(null, name, birth, gender, region, idNumber);
    }

    private static ValidChild? Fail(Dictionary<string, string[]> errors, string field, string message)
    {
        errors[field] = [message];
        return null;
    }

    private static string? Text(Dictionary<string, string[]> errors, string field, string? value, int max, string what)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) errors[field] = [$"{what} is required."];
        else if (text.Length > max) errors[field] = [$"{what} must be at most {max} characters."];
        else return text;
        return null;
    }
}

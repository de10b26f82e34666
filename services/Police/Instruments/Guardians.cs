using ChildProtection.Police.Http;

namespace ChildProtection.Police.Instruments;

/// <summary>A guardian or party named in an instrument. The name is stored, shown masked in lists, never logged or published.</summary>
public sealed record NamedGuardian(string Name, string Relationship);

/// <summary>The body part naming a guardian or party.</summary>
public sealed record GuardianInput(string? Name, string? Relationship)
{
    public static readonly string[] Relationships =
        ["father", "mother", "grandparent", "other-guardian", "delegated-carer", "step-parent", "cohabitant", "other"];

    public NamedGuardian? Validate(Dictionary<string, string[]> errors, string field)
    {
        var name = Input.Text(errors, field + ".name", Name, 50, "The name");
        var relationship = Input.Code(errors, field + ".relationship", Relationship, Relationships);
        return name is null || relationship is null ? null : new NamedGuardian(name, relationship);
    }

    public static NamedGuardian? Validate(GuardianInput? input, Dictionary<string, string[]> errors, string field)
    {
        if (input is not null) return input.Validate(errors, field);
        errors[field] = ["Name the person: name and relationship to the child."];
        return null;
    }
}

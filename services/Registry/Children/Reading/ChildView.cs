using ChildProtection.ServiceDefaults;

namespace ChildProtection.Registry.Children.Reading;

/// <summary>A child as the API shows it. The name is masked unless the caller's duty needs it.</summary>
public sealed record ChildView(Guid Id, string Name, bool NameMasked, string Gender, DateOnly BirthDate, string RegionCode,
    string Household, long Version, DateTimeOffset RegisteredAt)
{
    public static ChildView From(Child child, long version, Caller caller)
    {
        var reveal = NamePolicy.MayReadFullName(caller);
        return new ChildView(child.Id, reveal ? child.Details.Name : NamePolicy.Mask(child.Details.Name), !reveal,
            child.Details.Gender == Children.Gender.Male ? "male" : "female", child.Details.BirthDate, child.Details.RegionCode,
            child.Details.Household == Children.Household.Rural ? "rural" : "urban", version, child.RegisteredAt);
    }
}

/// <summary>Who may see a child's full name (PIPL art. 28: minimum necessary) and how others see it.</summary>
public static class NamePolicy
{
    /// <summary>Civil affairs keeps the file and visits the child: it needs the name. Others get it masked.</summary>
    public static bool MayReadFullName(Caller caller) => caller.Department == Departments.CivilAffairs;

    /// <summary>王小明 → 王*明; 李明 → 李*.</summary>
    public static string Mask(string name) => name.Length switch
    {
        <= 1 => "*",
        2 => name[0] + "*",
        _ => name[0] + new string('*', name.Length - 2) + name[^1],
    };
}

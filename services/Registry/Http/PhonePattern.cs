using System.Text.RegularExpressions;

namespace ChildProtection.Registry.Http;

/// <summary>The phone numbers a director or supervisor can be reached on.</summary>
internal static partial class PhonePattern
{
    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    public static partial Regex Mobile();

    [GeneratedRegex(@"^0\d{2,3}-?\d{7,8}$")]
    public static partial Regex Landline();
}

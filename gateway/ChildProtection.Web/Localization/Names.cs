using Microsoft.Extensions.Localization;

namespace ChildProtection.Web.Localization;

/// <summary>
/// The names of the platform's codes in the user's language (Resources/Codes*.resx): <c>category.rural-left-behind</c>
/// → 农村留守儿童. A code without a name shows as itself, so nothing the API sends is hidden.
/// </summary>
public sealed class Names(IStringLocalizer<Codes> codes)
{
    public string Of(string group, string? code)
    {
        if (string.IsNullOrEmpty(code)) return "—";
        var text = codes[$"{group}.{code}"];
        return text.ResourceNotFound ? code : text.Value;
    }

    public string List(string group, IEnumerable<string>? list) =>
        list is null ? "—" : string.Join(ConsoleCultures.IsChinese ? "、" : ", ", list.Select(c => Of(group, c)));

    public bool Has(string group, string code) => !codes[$"{group}.{code}"].ResourceNotFound;

    public string Department(string? code) => Of("department", code);
    public string Role(string? code) => Of("role", code);
    public string Category(string? code) => Of("category", code);
    public string Situation(string? code) => Of("situation", code);
}

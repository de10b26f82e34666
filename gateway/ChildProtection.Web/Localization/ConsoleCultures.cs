using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace ChildProtection.Web.Localization;

/// <summary>zh-CN first; English on request (the culture cookie set by <c>/culture</c>).</summary>
public static class ConsoleCultures
{
    public const string Default = "zh-CN";
    public const string English = "en";
    public static readonly string[] Supported = [Default, English];

    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    public static WebApplicationBuilder AddConsoleLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(Default).AddSupportedCultures(Supported).AddSupportedUICultures(Supported);
            // Only the user's own choice counts, not the browser's language: the console is Chinese first.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return builder;
    }
}

using MudBlazor;

namespace ChildProtection.Web.Components.Layout;

/// <summary>MudBlazor's theme with colours that keep WCAG AA contrast (4.5:1) for text on white, and CJK fonts first.</summary>
public static class ConsoleTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1a5590",
            Secondary = "#6a3d8f",
            Tertiary = "#00695c",
            Info = "#0b5aa2",
            Success = "#1e6b30",
            Warning = "#8a4b00",
            Error = "#b3261e",
            AppbarBackground = "#1a5590",
            TextSecondary = "rgba(0,0,0,0.68)",
            TextDisabled = "rgba(0,0,0,0.55)",
            ActionDisabled = "rgba(0,0,0,0.45)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Helvetica", "Arial", "sans-serif"],
            },
        },
    };
}

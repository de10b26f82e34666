using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChildProtection.Web.Tests.Browser;

/// <summary>What a person does on the console's pages, in the terms of its MudBlazor controls.</summary>
public static class PageSteps
{
    /// <summary>Signs in on the development sign-in page (prefilled by its query) and waits for the page asked for.</summary>
    public static async Task SignInAsync(this IPage page, string department, string role, string region, string returnUrl = "/")
    {
        var user = $"{role}-{region}";
        await page.GotoAsync($"/dev-signin?department={department}&role={role}&region={region}&user={user}&returnUrl={Uri.EscapeDataString(returnUrl)}");
        await Expect(page.GetByTestId("dev-warning")).ToContainTextAsync("开发环境");
        await page.GetByTestId("sign-in").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/dev-signin", StringComparison.Ordinal) && !url.Contains("/account/", StringComparison.Ordinal));
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
    }

    /// <summary>Types into a text field (input or textarea) and leaves it, so the circuit has the value.</summary>
    public static async Task EnterAsync(this IPage page, string testId, string value)
    {
        // MudBlazor puts a text field's own attributes on its input (or textarea); a picker's on its wrapper.
        var field = page.Locator($"input[data-testid='{testId}'], textarea[data-testid='{testId}'], "
            + $"[data-testid='{testId}'] input:not([type=hidden]), [data-testid='{testId}'] textarea").First;
        await field.FillAsync(value);
        await field.PressAsync("Tab");
    }

    /// <summary>The whole field (label, input, the message under it) around the element named <paramref name="testId"/>.</summary>
    public static ILocator Field(this IPage page, string testId) =>
        page.Locator(".mud-input-control", new PageLocatorOptions { Has = page.GetByTestId(testId) }).Last;

    /// <summary>Picks an option of a select by its visible name.</summary>
    public static async Task ChooseAsync(this IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = option }).First.ClickAsync();
        await page.Keyboard.PressAsync("Escape");
    }

    public static Task TickAsync(this IPage page, string label) =>
        page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { Name = label, Exact = true }).CheckAsync();

    public static Task PickRadioAsync(this IPage page, string label) =>
        page.GetByRole(AriaRole.Radio, new PageGetByRoleOptions { Name = label, Exact = true }).CheckAsync();

    /// <summary>Reloads the page until <paramref name="locator"/> shows, for what arrives by message from another service.</summary>
    public static async Task ReloadUntilVisibleAsync(this IPage page, Func<ILocator> locator, int attempts = 20)
    {
        for (var i = 0; i < attempts; i++)
        {
            try
            {
                await Expect(locator()).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 3_000 });
                return;
            }
            catch (PlaywrightException) when (i < attempts - 1)
            {
                await page.ReloadAsync();
            }
        }
    }

    /// <summary>2026年12月8日: how the console writes a date in Chinese.</summary>
    public static string Chinese(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>Today in China.</summary>
    public static DateOnly ChinaToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static Regex Text(string pattern) => new(pattern);
}

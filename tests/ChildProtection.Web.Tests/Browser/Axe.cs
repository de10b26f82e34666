using System.Text;
using System.Text.Json;
using ChildProtection.Testing;
using Microsoft.Playwright;

namespace ChildProtection.Web.Tests.Browser;

/// <summary>
/// axe-core (from npm, tests/ChildProtection.Web.Tests/node_modules, installed by infra/platform.sh test) injected into
/// the page: WCAG 2.1 A and AA (every input labelled, contrast, …) and axe's best practices (headings in order, landmarks).
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() =>
    {
        var path = Path.Combine(ServiceProcess.RepoRoot, "tests", "ChildProtection.Web.Tests", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException("axe-core is not installed: run infra/platform.sh test (it runs npm ci in tests/ChildProtection.Web.Tests).", path);
    });

    /// <summary>
    /// Fails with every violation (rule, impact, the elements) when the page as it is now has any. Snackbars are left
    /// out: they fade in and out over the page, so their contrast is measured mid-fade (their colours are the theme's).
    /// </summary>
    public static async Task AssertAccessibleAsync(IPage page, string what)
    {
        // Let the circuit finish rendering what it was asked for.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        try
        {
            // The API calls are the console server's: wait until the page shows what they brought (no progress bars).
            await page.WaitForFunctionAsync("() => !document.querySelector('.mud-progress-linear, .mud-table-loading-progress')",
                null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            // Still loading after 15 s: check what is there.
        }
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script.Value });
        var json = await page.EvaluateAsync<string>("""
            async () => JSON.stringify((await axe.run({ exclude: [['.mud-snackbar']] }, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + n.html.slice(0, 160)) })))
            """);
        var violations = JsonDocument.Parse(json).RootElement;
        if (violations.GetArrayLength() == 0) return;
        var message = new StringBuilder($"{what} ({page.Url}) has accessibility violations:\n");
        foreach (var v in violations.EnumerateArray())
        {
            message.Append($"- {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()}\n");
            foreach (var node in v.GetProperty("nodes").EnumerateArray()) message.Append($"    {node.GetString()}\n");
        }
        throw new Xunit.Sdk.XunitException(message.ToString());
    }
}

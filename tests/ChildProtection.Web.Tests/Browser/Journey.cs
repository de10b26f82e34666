using ChildProtection.Testing;
using Microsoft.Playwright;

namespace ChildProtection.Web.Tests.Browser;

/// <summary>
/// One journey through the console, possibly as several people in their own browser contexts. When it fails, every
/// page it opened is saved as a screenshot and its HTML under <c>.local/test-results/console/</c>, then the failure
/// goes on to xunit.
/// </summary>
public sealed class Journey(ConsoleFixture fixture, string name) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<(string Who, IPage Page)> _pages = [];

    public static string ResultsFolder => Path.Combine(ServiceProcess.RepoRoot, ".local", "test-results", "console");

    /// <summary>A new person at their own screen: 390 × 844 (a phone) or 1366 × 768 (a desk, the default).</summary>
    public async Task<IPage> PersonAsync(string who, int width = 1366, int height = 768)
    {
        var context = await fixture.NewContextAsync(width, height);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        _pages.Add((who, page));
        return page;
    }

    public async Task RunAsync(Func<Journey, Task> steps)
    {
        try
        {
            await steps(this);
        }
        catch (Exception)
        {
            await SaveEvidenceAsync();
            throw;
        }
    }

    private async Task SaveEvidenceAsync()
    {
        Directory.CreateDirectory(ResultsFolder);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (who, page) in _pages)
        {
            var file = Path.Combine(ResultsFolder, $"{name}-{who}-{stamp}");
            try
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file + ".png", FullPage = true });
                await File.WriteAllTextAsync(file + ".html", await page.ContentAsync());
            }
            catch (PlaywrightException)
            {
                // A closed page has nothing left to save.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
    }
}

using ChildProtection.Web.Account;
using ChildProtection.Web.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChildProtection.Web.Tests.Accessibility;

/// <summary>
/// Every page of the menu of every role of the development sign-in page (the demo county's people) passes the
/// accessibility check — a director's on a phone, everyone else's at a desk — as do the pages seen before signing in.
/// Pages about one record (a child, a report, a case, an order) are checked on the way through the journeys.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class EveryPageTests(ConsoleFixture fixture)
{
    public static TheoryData<string> Personas => [.. DevPersonas.All.Select(p => p.Key)];

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task Every_page_in_the_menu_passes_the_accessibility_check(string persona)
    {
        var who = DevPersonas.All.Single(p => p.Key == persona);
        var phone = who.Role == "child-director";
        await using var journey = new Journey(fixture, $"pages-{persona}");
        await journey.RunAsync(async j =>
        {
            var page = await j.PersonAsync(persona, phone ? 390 : 1366, phone ? 844 : 768);
            await page.SignInAsync(who.Department, who.Role, who.Region);
            await Axe.AssertAccessibleAsync(page, $"{persona}: today's work");
            if (phone) await page.GetByRole(AriaRole.Button, new() { Name = "打开或关闭菜单" }).ClickAsync();
            var links = await page.Locator("nav.mud-navmenu a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            Assert.NotEmpty(links);
            foreach (var href in links.Distinct().Where(h => h != "/"))
            {
                await page.GotoAsync(href);
                await Expect(page.Locator("h1")).ToBeVisibleAsync();
                await Axe.AssertAccessibleAsync(page, $"{persona}: {href}");
            }
        });
    }

    [Fact]
    public async Task The_pages_before_signing_in_pass_the_accessibility_check()
    {
        await using var journey = new Journey(fixture, "pages-anonymous");
        await journey.RunAsync(async j =>
        {
            var page = await j.PersonAsync("anonymous", 390, 844);
            foreach (var path in new[] { "/dev-signin", "/signed-out" })
            {
                await page.GotoAsync(path);
                await Expect(page.Locator("h1")).ToBeVisibleAsync();
                await Axe.AssertAccessibleAsync(page, path);
            }
        });
    }
}

using System.Net;
using Bunit;
using ChildProtection.Web.Components.Children;

namespace ChildProtection.Web.Tests.Components;

/// <summary>A visit's findings are a list: the API's <c>findings[i].note</c> lands under the note of the i-th finding sent.</summary>
public sealed class RecordVisitFormTests : IAsyncLifetime
{
    private static readonly Guid Child = Guid.Parse("01a25359-88aa-7079-a458-bb0ee242f2d7");
    private readonly ConsoleComponentContext _ctx = new("civil-affairs", "child-director", "120116100201");

    [Fact]
    public void The_note_problem_of_the_second_finding_is_shown_under_that_findings_note()
    {
        _ctx.Gateway.On(HttpMethod.Post, $"/api/visits/plans/{Child}/visits", HttpStatusCode.BadRequest, """
            {"status":400,"errors":{"findings[1].note":["Describe what was observed: it goes into the mandatory report."],
                                    "place":["Place is required."]}}
            """);
        var form = _ctx.Render<RecordVisit>(p => p.Add(c => c.Id, Child));
        Tick(form, "有受侵害迹象");
        Tick(form, "存在安全隐患");
        form.Find("[data-testid=note-signs-of-harm]").Change("手臂有淤青");

        form.Find("button[data-testid=save-visit]").Click();

        form.WaitForAssertion(() => Assert.Contains("请描述看到的情况", form.Markup, StringComparison.Ordinal));
        var hazardNote = form.Find("[data-testid=note-safety-hazard]").Closest(".mud-input-control")!;
        Assert.Contains("请描述看到的情况，它将写入强制报告。", hazardNote.TextContent, StringComparison.Ordinal);
        var harmNote = form.Find("[data-testid=note-signs-of-harm]").Closest(".mud-input-control")!;
        Assert.DoesNotContain("请描述看到的情况", harmNote.TextContent, StringComparison.Ordinal);
        Assert.Equal("手臂有淤青", form.Find("[data-testid=note-signs-of-harm]").GetAttribute("value") ?? form.Find("[data-testid=note-signs-of-harm]").TextContent);
        Assert.Contains("请填写地点。", form.Find("[data-testid=place]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
    }

    private static void Tick(IRenderedComponent<RecordVisit> form, string label) =>
        form.FindAll("label").First(l => l.TextContent.Contains(label, StringComparison.Ordinal)).QuerySelector("input")!.Change(true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ctx.DisposeAsync();
}

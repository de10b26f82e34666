using Bunit;
using ChildProtection.Web.Api;
using ChildProtection.Web.Components.Shared;
using ChildProtection.Web.Forms;
using ChildProtection.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Web.Tests.Components;

/// <summary>A 409 offers to reload, a 503 to retry; a refusal shows its rule; each as an alert a screen reader announces.</summary>
public sealed class FormAlertsTests : IAsyncLifetime
{
    private readonly ConsoleComponentContext _ctx = new();

    private IRenderedComponent<FormAlerts> Render(string problemJson, int status, Action? reload = null, Action? retry = null)
    {
        var form = new FormState(_ctx.Services.GetRequiredService<ProblemText>());
        form.End(ApiProblem.Parse(status, problemJson, null));
        return _ctx.Render<FormAlerts>(p => p
            .Add(c => c.Form, form)
            .Add(c => c.OnReload, EventCallback.Factory.Create(this, reload ?? (() => { })))
            .Add(c => c.OnRetry, EventCallback.Factory.Create(this, retry ?? (() => { }))));
    }

    [Fact]
    public void Someone_else_changed_it_offers_a_reload()
    {
        var reloaded = false;
        var alerts = Render("""{"type":"https://childprotection.example/problems/concurrency-conflict","status":409}""", 409, reload: () => reloaded = true);
        Assert.Contains("这条记录已被他人修改。您填写的内容仍然保留", alerts.Find("[data-testid=conflict]").TextContent, StringComparison.Ordinal);
        Assert.Equal("alert", alerts.Find("[data-testid=form-alerts]").GetAttribute("role"));
        alerts.Find("button[data-testid=reload]").Click();
        Assert.True(reloaded);
    }

    [Fact]
    public void An_unavailable_service_offers_a_retry()
    {
        var retried = false;
        var alerts = Render("""{"status":503}""", 503, retry: () => retried = true);
        Assert.Contains("服务暂时不可用", alerts.Find("[data-testid=unavailable]").TextContent, StringComparison.Ordinal);
        alerts.Find("button[data-testid=retry]").Click();
        Assert.True(retried);
    }

    [Fact]
    public void A_refusal_shows_the_rule_in_chinese_with_its_date()
    {
        var alerts = Render("""{"type":"https://childprotection.example/problems/rejected","status":409,"code":"validity-too-long","detail":"A protection order is valid for at most 6 months (until 2027-06-08)."}""", 409);
        Assert.Equal("人身安全保护令有效期最长六个月（最迟至2027年6月8日）。", alerts.Find("[data-testid=rejected]").TextContent.Trim());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ctx.DisposeAsync();
}

using ChildProtection.Web.Api;
using ChildProtection.Web.Forms;
using ChildProtection.Web.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Web.Tests.Components;

/// <summary>How an API problem becomes what a form shows: by field, in Chinese, nothing dropped.</summary>
public sealed class FormStateTests : IAsyncLifetime
{
    private readonly ConsoleComponentContext _ctx = new();

    private FormState Form() => new(_ctx.Services.GetRequiredService<ProblemText>());

    private static ApiProblem Problem(int status, string json) => ApiProblem.Parse(status, json, null);

    [Fact]
    public void Field_errors_are_found_by_the_apis_field_path_whatever_its_case()
    {
        var form = Form();
        form.End(Problem(400, """{"status":400,"errors":{"child.regionCode":["The child's region must be a statistical region code of 6 to 12 digits (county or finer)."]}}"""));
        Assert.True(form.Has("child.regionCode"));
        Assert.True(form.Has("Child.RegionCode"));
        Assert.False(form.Has("child.name"));
        Assert.Equal("请选择儿童所在地区（6至12位代码）。", form.Error("child.regionCode"));
    }

    [Fact]
    public void Errors_of_fields_the_form_does_not_show_are_handed_back_so_they_are_shown_above_the_button()
    {
        var form = Form();
        form.End(Problem(400, """{"status":400,"errors":{"name":["The child's name is required."],"findings[0].note":["x"],"extra":["A new rule."]}}"""));
        var unclaimed = form.Unclaimed(["name", "findings[*"]);
        var single = Assert.Single(unclaimed);
        Assert.Equal("extra", single.Field);
        Assert.Equal("填写有误：A new rule.", single.Message);
    }

    [Fact]
    public void A_stale_etag_a_refusal_by_rule_and_an_unavailable_service_are_told_apart()
    {
        var stale = Problem(409, """{"type":"https://childprotection.example/problems/concurrency-conflict","status":409}""");
        var refused = Problem(409, """{"type":"https://childprotection.example/problems/rejected","status":409,"code":"validity-too-long","detail":"A protection order is valid for at most 6 months (until 2027-06-08)."}""");
        var down = Problem(503, """{"type":"https://childprotection.example/problems/unavailable","status":503}""");
        Assert.True(stale.IsConcurrencyConflict);
        Assert.False(stale.IsRejected);
        Assert.True(refused.IsRejected);
        Assert.False(refused.IsConcurrencyConflict);
        Assert.True(down.IsUnavailable);
        Assert.True(ApiProblem.Unreachable("connection refused").IsUnavailable);
        var text = _ctx.Services.GetRequiredService<ProblemText>();
        Assert.Equal("人身安全保护令有效期最长六个月（最迟至2027年6月8日）。", text.Rejection(refused));
        Assert.Equal("这条记录已被他人修改，请重新加载。", text.Summary(stale));
        Assert.Equal("服务暂时不可用，请稍后重试。", text.Summary(down));
    }

    [Fact]
    public void A_new_submission_clears_the_last_problem_but_never_what_was_typed()
    {
        var form = Form();
        form.End(Problem(400, """{"status":400,"errors":{"name":["x"]}}"""));
        form.Begin();
        Assert.Null(form.Problem);
        Assert.True(form.Busy);
        form.End(null);
        Assert.True(form.Succeeded);
    }

    [Fact]
    public async Task In_english_the_apis_own_words_are_shown()
    {
        await using var english = new ConsoleComponentContext(culture: "en");
        var form = new FormState(english.Services.GetRequiredService<ProblemText>());
        form.End(Problem(400, """{"status":400,"errors":{"nationalId":["The national ID number's check digit is wrong (GB 11643); please check it for a typing error."]}}"""));
        Assert.Equal("The national ID number's check digit is wrong (GB 11643); please check it for a typing error.", form.Error("nationalId"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _ctx.DisposeAsync();
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
    }
}

using System.Net;
using AngleSharp.Dom;
using Bunit;
using ChildProtection.Web.Components.Children;

namespace ChildProtection.Web.Tests.Components;

/// <summary>The registration form puts each of the registry's problems under its field, in Chinese, and keeps what was typed.</summary>
public sealed class RegisterChildFormTests : IAsyncLifetime
{
    private const string Villages = """{"items":[{"id":"a834f2ec-f1b3-52e6-af46-4a3cfa2ddb7f","code":"120116100201","name":"太平村","townshipCode":"120116100"}]}""";
    private readonly ConsoleComponentContext _ctx = new();

    public RegisterChildFormTests() => _ctx.Gateway.On(HttpMethod.Get, "/api/registry/villages", HttpStatusCode.OK, Villages);

    [Fact]
    public void A_wrong_check_digit_is_shown_under_the_id_field_in_chinese_and_the_typed_values_stay()
    {
        _ctx.Gateway.On(HttpMethod.Post, "/api/registry/children", HttpStatusCode.BadRequest, """
            {"type":"https://childprotection.example/problems/validation","title":"The request is invalid.","status":400,
             "errors":{"nationalId":["The national ID number's check digit is wrong (GB 11643); please check it for a typing error."],
                       "birthDate":["Birth date cannot be in the future."]}}
            """);
        var form = _ctx.Render<RegisterChild>();
        form.Find("input[data-testid=name]").Change("沈小满");
        form.Find("input[data-testid=national-id]").Change("120116201706010141");
        form.Find("input[data-testid=birth-date]").Change("2030-01-01");

        form.Find("button[data-testid=register]").Click();

        form.WaitForAssertion(() => Assert.Contains("身份证号码校验码不正确", FieldOf(form, "national-id").TextContent, StringComparison.Ordinal));
        Assert.Contains("出生日期不能晚于今天", FieldOf(form, "birth-date").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("校验码", FieldOf(form, "name").TextContent, StringComparison.Ordinal);
        Assert.Equal("沈小满", form.Find("input[data-testid=name]").GetAttribute("value"));
        Assert.Equal("120116201706010141", form.Find("input[data-testid=national-id]").GetAttribute("value"));
        Assert.Contains("请更正标出的内容", form.Find("[data-testid=invalid]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_the_form_does_not_have_is_listed_above_the_button_not_dropped()
    {
        _ctx.Gateway.On(HttpMethod.Post, "/api/registry/children", HttpStatusCode.BadRequest, """
            {"status":400,"errors":{"regionCode":["Region code must be the 12-digit statistical code of a village or community."],
                                    "somethingNew":["A rule the console does not know yet."]}}
            """);
        var form = _ctx.Render<RegisterChild>();
        form.Find("button[data-testid=register]").Click();

        form.WaitForAssertion(() => Assert.Contains("请选择所在村（社区）", FieldOf(form, "village").TextContent, StringComparison.Ordinal));
        var listed = form.Find("[data-testid=invalid] [data-field=somethingNew]").TextContent;
        Assert.Contains("填写有误：A rule the console does not know yet.", listed, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_registry_is_unavailable_the_form_offers_to_retry_and_sends_the_same_again()
    {
        _ctx.Gateway.On(HttpMethod.Post, "/api/registry/children", HttpStatusCode.ServiceUnavailable,
            """{"type":"https://childprotection.example/problems/unavailable","title":"Unavailable","status":503}""");
        var form = _ctx.Render<RegisterChild>();
        form.Find("input[data-testid=name]").Change("沈小满");
        form.Find("button[data-testid=register]").Click();

        form.WaitForAssertion(() => Assert.Contains("服务暂时不可用，您填写的内容仍然保留", form.Find("[data-testid=unavailable]").TextContent, StringComparison.Ordinal));
        Assert.Equal("沈小满", form.Find("input[data-testid=name]").GetAttribute("value"));
        form.Find("button[data-testid=retry]").Click();
        form.WaitForAssertion(() => Assert.Equal(2, _ctx.Gateway.Requests.Count(r => r.Method == HttpMethod.Post)));
        var posts = _ctx.Gateway.Requests.Where(r => r.Method == HttpMethod.Post).ToList();
        Assert.Equal(posts[0].Body, posts[1].Body);
    }

    [Fact]
    public void A_possible_duplicate_shows_the_candidates_and_the_reason_goes_with_the_next_submission()
    {
        _ctx.Gateway.On(HttpMethod.Post, "/api/registry/children", HttpStatusCode.Conflict, """
            {"type":"https://childprotection.example/problems/possible-duplicate","status":409,"code":"possible-duplicate",
             "candidates":[{"id":"01a25359-88aa-7079-a458-bb0ee242f2d7","name":"周*怡","birthDate":"2012-09-05","regionCode":"120116100201","score":0.9}]}
            """);
        var form = _ctx.Render<RegisterChild>();
        form.Find("input[data-testid=name]").Change("周佳怡");
        form.Find("button[data-testid=register]").Click();

        form.WaitForAssertion(() => Assert.Contains("周*怡", form.Find("[data-testid=duplicate]").TextContent, StringComparison.Ordinal));
        Assert.Contains("2012年9月5日", form.Find("[data-testid=duplicate]").TextContent, StringComparison.Ordinal);
        form.Find("input[data-testid=not-duplicate]").Change("同村同名，父母不同");
        form.Find("button[data-testid=register]").Click();
        form.WaitForAssertion(() => Assert.Equal("同村同名，父母不同", System.Text.Json.JsonDocument.Parse(
            _ctx.Gateway.Requests.Last(r => r.Method == HttpMethod.Post).Body!).RootElement.GetProperty("confirmNotDuplicate").GetString()));
    }

    private static IElement FieldOf(IRenderedComponent<RegisterChild> form, string testId) =>
        form.Find($"[data-testid={testId}]").Closest(".mud-input-control")!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ctx.DisposeAsync();
}

using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Web.Tests.Browser;
using Microsoft.Playwright;
using static ChildProtection.Web.Tests.Browser.PageSteps;
using static Microsoft.Playwright.Assertions;

namespace ChildProtection.Web.Tests.Journeys;

/// <summary>
/// The journeys of issue 20, each from sign-in to result in Chromium through the gateway, against every service, real
/// PostgreSQL and RabbitMQ; every page on the way passes the accessibility check.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleJourneys(ConsoleFixture fixture)
{
    private const string Village = ConsoleFixture.Village;

    [Fact]
    public async Task A_director_on_a_phone_records_a_home_visit_with_signs_of_harm_and_the_police_accept_the_report_that_opens_a_case()
    {
        using var caseworker = await fixture.ApiAsync("civil-affairs", "caseworker", ConsoleFixture.County);
        var child = await Arrange.ChildAsync(caseworker, "林小雨", "female", "2016-05-20", Village,
            ("father", new { situation = "working-away", since = "2022-03-01" }), ("mother", new { situation = "working-away", since = "2023-02-01" }));

        await using var journey = new Journey(fixture, "a-home-visit");
        await journey.RunAsync(async j =>
        {
            // The village child director, on a phone: today's work, then the child, then the visit.
            var director = await j.PersonAsync("director", 390, 844);
            await director.SignInAsync("civil-affairs", "child-director", Village);
            await Expect(director.Locator("h1")).ToHaveTextAsync("今日工作");
            await Axe.AssertAccessibleAsync(director, "director's today");
            await director.GotoAsync("/children");
            await director.GetByRole(AriaRole.Link, new() { Name = "林小雨" }).ClickAsync();
            await Expect(director.GetByTestId("categories")).ToContainTextAsync("农村留守儿童");
            await Axe.AssertAccessibleAsync(director, "child's page (phone)");
            await director.GetByTestId("record-visit").ClickAsync();
            await Expect(director.Locator("h1")).ToHaveTextAsync("记录走访");
            await director.EnterAsync("place", "儿童家中");
            await director.TickAsync("有受侵害迹象");
            await director.EnterAsync("note-signs-of-harm", "双臂有多处淤青，照护人称是摔倒所致。");
            await Axe.AssertAccessibleAsync(director, "record a visit (phone)");
            await director.GetByTestId("save-visit").ClickAsync();
            await Expect(director.GetByTestId("visit-saved")).ToBeVisibleAsync();
            await Expect(director.GetByTestId("escalations")).ToContainTextAsync("已自动发起强制报告");
            await Axe.AssertAccessibleAsync(director, "visit saved (phone)");

            // The police: the report is in the inbox with its acceptance clock; accepting opens a case.
            var police = await j.PersonAsync("police");
            await police.SignInAsync("police", "officer", ConsoleFixture.County);
            var row = () => police.GetByTestId("inbox").Locator("tr", new() { HasText = "林*雨" });
            await police.ReloadUntilVisibleAsync(row);
            await Expect(row()).ToContainTextAsync("待受理");
            await Expect(row()).ToContainTextAsync(Text("受理时限：剩余\\d+小时"));
            await Axe.AssertAccessibleAsync(police, "police today's work");
            await row().GetByTestId("open-report").ClickAsync();
            await Expect(police.GetByTestId("report-details")).ToContainTextAsync("双臂有多处淤青");
            await Axe.AssertAccessibleAsync(police, "report page");
            await police.GetByTestId("accept-submit").ClickAsync();
            await Expect(police.GetByTestId("routing-police")).ToContainTextAsync("已受理");
            await police.GetByTestId("police-case-link").ClickAsync(new() { Timeout = 20_000 });
            await Expect(police.GetByTestId("case-source")).ToContainTextAsync("强制报告");
            await Expect(police.GetByTestId("case-details")).ToContainTextAsync("林*雨");
            await Axe.AssertAccessibleAsync(police, "police case page");
            await police.GotoAsync("/police/cases");
            await Expect(police.GetByTestId("police-cases")).ToContainTextAsync("林*雨");
        });
        Assert.NotEqual(Guid.Empty, child);
    }

    [Fact]
    public async Task B_a_caseworker_registering_a_child_with_a_wrong_check_digit_sees_it_under_the_id_field_and_then_the_computed_category()
    {
        var birth = new DateOnly(2017, 6, 1);
        var rightId = Arrange.NationalId("120116", birth, male: false, sequence: 7);
        using var caseworkerApi = await fixture.ApiAsync("civil-affairs", "caseworker", ConsoleFixture.County);

        await using var journey = new Journey(fixture, "b-register");
        await journey.RunAsync(async j =>
        {
            var caseworker = await j.PersonAsync("caseworker");
            await caseworker.SignInAsync("civil-affairs", "caseworker", ConsoleFixture.County, "/children/new");
            await Expect(caseworker.Locator("h1")).ToHaveTextAsync("登记儿童");
            await caseworker.EnterAsync("name", "沈小满");
            await caseworker.PickRadioAsync("女");
            await caseworker.EnterAsync("birth-date", "2017-06-01");
            await caseworker.EnterAsync("national-id", Arrange.WithWrongCheckDigit(rightId));
            await caseworker.ChooseAsync("village", ConsoleFixture.VillageName);
            await caseworker.ChooseAsync("father-situation", "外出务工");
            await caseworker.EnterAsync("father-since", "2022-03-01");
            await caseworker.ChooseAsync("mother-situation", "外出务工");
            await caseworker.EnterAsync("mother-since", "2023-02-01");
            await Axe.AssertAccessibleAsync(caseworker, "register a child");
            await caseworker.GetByTestId("register").ClickAsync();

            // The registry's problem, in Chinese, under the ID field; everything typed is still there.
            var idField = caseworker.Field("national-id");
            await Expect(idField).ToContainTextAsync("身份证号码校验码不正确");
            await Expect(caseworker.GetByTestId("name")).ToHaveValueAsync("沈小满");
            await Axe.AssertAccessibleAsync(caseworker, "register a child with a problem");
            var stored = await caseworkerApi.GetFromJsonAsync<JsonElement>($"/api/registry/children?region={Village}&pageSize=200");
            Assert.DoesNotContain(stored.GetProperty("items").EnumerateArray(), c => c.GetProperty("name").GetString() == "沈小满");

            await caseworker.EnterAsync("national-id", rightId);
            await caseworker.GetByTestId("register").ClickAsync();
            await caseworker.WaitForURLAsync(url => Text("/children/[0-9a-f-]{36}$").IsMatch(url));
            await Expect(caseworker.GetByTestId("categories")).ToContainTextAsync("农村留守儿童");
            await Expect(caseworker.GetByTestId("category-reasons")).ToContainTextAsync("父亲外出务工，自2022年3月1日");
            await Expect(caseworker.GetByTestId("category-reasons")).ToContainTextAsync("农村户籍，未满16周岁");
            await Axe.AssertAccessibleAsync(caseworker, "child's page");
        });
    }

    [Fact]
    public async Task C_a_judge_is_refused_seven_months_issues_six_and_the_order_served_on_the_police_is_on_their_enforcement_list()
    {
        using var caseworker = await fixture.ApiAsync("civil-affairs", "caseworker", ConsoleFixture.County);
        var child = await Arrange.ChildAsync(caseworker, "赵小安", "female", "2015-09-09", Village);
        var application = await caseworker.PostAsJsonAsync("/api/court/protection-orders", new
        {
            childId = child, regionCode = Village, applicant = "civil-affairs", form = "written", respondentRelation = "father",
            requestedMeasures = new[] { "no-violence", "exclusion-zone-school" }, facts = "父亲多次扬言把孩子带走。", urgent = true,
        });
        application.EnsureSuccessStatusCode();
        var today = ChinaToday;

        await using var journey = new Journey(fixture, "c-protection-order");
        await journey.RunAsync(async j =>
        {
            var judge = await j.PersonAsync("judge");
            await judge.SignInAsync("court", "judge", ConsoleFixture.County);
            var row = judge.GetByTestId("applications").Locator("tr", new() { HasText = "赵*安" });
            await Expect(row).ToContainTextAsync("紧急（24小时内裁定）");
            await Expect(row).ToContainTextAsync(Text("剩余\\d+小时"));
            await Axe.AssertAccessibleAsync(judge, "judge's today");
            await row.GetByTestId("open-order").ClickAsync();
            await Expect(judge.GetByTestId("decision-countdown")).ToContainTextAsync("剩余");
            await Axe.AssertAccessibleAsync(judge, "protection order (applied)");

            await judge.EnterAsync("valid-until", $"{today.AddMonths(7):yyyy-MM-dd}");
            await judge.GetByTestId("issue-submit").ClickAsync();
            await Expect(judge.GetByTestId("issue")).ToContainTextAsync($"人身安全保护令有效期最长六个月（最迟至{Chinese(today.AddMonths(6))}）");
            await Expect(judge.Field("valid-until").Locator("input")).ToHaveValueAsync($"{today.AddMonths(7):yyyy-MM-dd}");

            await judge.EnterAsync("valid-until", $"{today.AddMonths(6):yyyy-MM-dd}");
            await judge.GetByTestId("issue-submit").ClickAsync();
            await Expect(judge.GetByTestId("order-validity")).ToContainTextAsync(Chinese(today.AddMonths(6)));
            await Expect(judge.Locator(".page-header")).ToContainTextAsync("已签发");

            var clerk = await j.PersonAsync("clerk");
            await clerk.SignInAsync("court", "court-clerk", ConsoleFixture.County, judge.Url[judge.Url.IndexOf("/court", StringComparison.Ordinal)..]);
            await clerk.GetByTestId("serve-submit").ClickAsync();
            await Expect(clerk.GetByTestId("order-served")).ToContainTextAsync("公安机关");
            await Axe.AssertAccessibleAsync(clerk, "protection order (served)");

            var police = await j.PersonAsync("police");
            await police.SignInAsync("police", "officer", ConsoleFixture.County, "/police/protection-orders");
            var order = () => police.GetByTestId("orders-to-enforce").Locator("tr", new() { HasText = "赵*安" });
            await police.ReloadUntilVisibleAsync(order);
            await Expect(order()).ToContainTextAsync("禁止实施家庭暴力");
            await Expect(order()).ToContainTextAsync(Chinese(today.AddMonths(6)));
            await Axe.AssertAccessibleAsync(police, "orders to enforce");
        });
    }

    [Fact]
    public async Task D_a_township_relief_officer_verifies_and_the_county_confirms_a_proactive_case_which_starts_the_entitlement()
    {
        using var caseworker = await fixture.ApiAsync("civil-affairs", "caseworker", ConsoleFixture.County);
        var lostSince = ChinaToday.AddMonths(-8);
        var child = await Arrange.ChildAsync(caseworker, "钱小禾", "male", "2014-02-14", "120116100202",
            ("father", new { situation = "dead", since = "2021-01-10" }), ("mother", new { situation = "lost-contact", since = $"{lostSince:yyyy-MM-dd}" }));
        var startMonth = ChinaToday.AddMonths(1);

        await using var journey = new Journey(fixture, "d-relief");
        await journey.RunAsync(async j =>
        {
            var township = await j.PersonAsync("township");
            await township.SignInAsync("civil-affairs", "relief-officer", ConsoleFixture.Township);
            var row = () => township.GetByTestId("pending-cases").Locator("tr", new() { HasText = "钱小禾" });
            await township.ReloadUntilVisibleAsync(row);
            await Expect(row()).ToContainTextAsync("事实无人抚养儿童基本生活补贴");
            await Axe.AssertAccessibleAsync(township, "township relief today");
            await row().GetByTestId("open-relief").ClickAsync();
            var reliefCase = township.GetByTestId("relief-case").First;
            await Expect(reliefCase).ToContainTextAsync("主动发现");
            await Expect(reliefCase).ToContainTextAsync("父亲死亡，自2021年1月10日");
            await Axe.AssertAccessibleAsync(township, "child's relief (open)");
            await township.EnterAsync("verify-note", "已与派出所核对失联报案。");
            await township.GetByTestId("verify-submit").ClickAsync();
            await Expect(township.GetByTestId("case-status").First).ToContainTextAsync("已核实，待县级确认");

            var county = await j.PersonAsync("county");
            await county.SignInAsync("civil-affairs", "relief-officer", ConsoleFixture.County);
            var verified = county.GetByTestId("pending-cases").Locator("tr", new() { HasText = "钱小禾" });
            await Expect(verified).ToContainTextAsync("已核实");
            await verified.GetByTestId("open-relief").ClickAsync();
            await county.GetByTestId("confirm-submit").ClickAsync();
            await Expect(county.GetByTestId("entitlement")).ToContainTextAsync($"自{startMonth.Year}年{startMonth.Month}月起发放");
            await Expect(county.GetByTestId("entitlement-status")).ToContainTextAsync("发放中");
            await Axe.AssertAccessibleAsync(county, "child's relief (confirmed)");
        });
        Assert.NotEqual(Guid.Empty, child);
    }

    [Fact]
    public async Task E_a_teacher_files_a_report_and_later_reads_its_status_by_the_receipt_number()
    {
        await using var journey = new Journey(fixture, "e-report");
        await journey.RunAsync(async j =>
        {
            var teacher = await j.PersonAsync("teacher");
            await teacher.SignInAsync("education", "teacher", ConsoleFixture.County);
            await teacher.GetByTestId("file-report").ClickAsync();
            await Expect(teacher.Locator("h1")).ToHaveTextAsync("填报强制报告");
            await teacher.EnterAsync("child-name", "孙小米");
            await teacher.ChooseAsync("child-village", ConsoleFixture.VillageName);
            await teacher.TickAsync("被遗弃或长期无人照料");
            await teacher.EnterAsync("observation", "奶奶住院后，孩子一个人在家已经三天。");
            await teacher.EnterAsync("unit-name", "太平镇中心小学");
            await teacher.EnterAsync("person", "刘老师");
            await teacher.EnterAsync("contact", "13912345678");
            await Axe.AssertAccessibleAsync(teacher, "file a report");
            await teacher.GetByTestId("submit-report").ClickAsync();
            var number = await teacher.GetByTestId("receipt-number").InnerTextAsync();
            var secret = await teacher.GetByTestId("receipt-secret").InnerTextAsync();
            Assert.Matches("^BG\\d{6}-[A-Z0-9]+$", number);
            await Axe.AssertAccessibleAsync(teacher, "receipt");

            // Later, signed in anew: the status by receipt number and secret.
            var later = await j.PersonAsync("teacher-later");
            await later.SignInAsync("education", "teacher", ConsoleFixture.County, "/reports/receipt");
            await later.EnterAsync("receipt-number-input", number);
            await later.EnterAsync("receipt-secret-input", secret);
            await later.GetByTestId("look-up").ClickAsync();
            await Expect(later.GetByTestId("receipt-status")).ToContainTextAsync("办理状态：已收到");
            await Axe.AssertAccessibleAsync(later, "report status");
        });
    }

    [Fact]
    public async Task F_a_caseworker_of_another_region_opening_a_childs_address_directly_sees_not_found_and_no_data()
    {
        using var caseworker = await fixture.ApiAsync("civil-affairs", "caseworker", ConsoleFixture.County);
        var child = await Arrange.ChildAsync(caseworker, "周小北", "male", "2013-11-11", Village,
            ("father", new { situation = "imprisoned", since = "2024-01-01", expectedEnd = "2028-01-01" }));

        await using var journey = new Journey(fixture, "f-region");
        await journey.RunAsync(async j =>
        {
            var benxi = await j.PersonAsync("benxi-caseworker");
            await benxi.SignInAsync("civil-affairs", "caseworker", "2105", $"/children/{child}");
            await Expect(benxi.GetByTestId("load-problem")).ToContainTextAsync("没有找到");
            var html = await benxi.ContentAsync();
            Assert.DoesNotContain("周小北", html, StringComparison.Ordinal);
            Assert.DoesNotContain("周*北", html, StringComparison.Ordinal);
            Assert.DoesNotContain("2013", html, StringComparison.Ordinal);
            await Expect(benxi.GetByTestId("categories")).ToHaveCountAsync(0);
            await Axe.AssertAccessibleAsync(benxi, "child not found");
        });
    }
}

using System.Net;
using System.Net.Http.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Procuratorate.Tests.Api;

public class CaseApiTests(ProcuratorateFactory service) : IClassFixture<ProcuratorateFactory>
{
    [Fact]
    public async Task Any_department_of_the_region_may_give_a_case_clue_but_only_prosecutors_read_the_case()
    {
        var school = service.ClientAs("education", "caseworker", "120116");
        var response = await school.PostAsJsonAsync("/api/procuratorate/clues",
            new { regionCode = "120116001003", childId = Guid.NewGuid(), grounds = new[] { "guardian-harming-child" }, summary = "学生身上多处伤痕" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Json()).GetProperty("id").GetGuid();

        await (await school.GetAsync($"/api/procuratorate/cases/{id}")).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        var view = await (await service.Prosecutor().GetAsync($"/api/procuratorate/cases/{id}")).Json();
        Assert.Equal("clue", view.GetProperty("source").GetString());
        Assert.Equal("education", view.GetProperty("clueFrom").GetString());

        var elsewhere = await school.PostAsJsonAsync("/api/procuratorate/clues",
            new { regionCode = "120101001001", grounds = new[] { "other" }, summary = "x" });
        await elsewhere.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
    }

    [Fact]
    public async Task A_case_needs_a_region_grounds_and_a_summary_and_nothing_is_stored_otherwise()
    {
        var before = await service.Database.ScalarAsync("SELECT count(*) FROM procuratorate.mt_events");
        var response = await service.Prosecutor().PostAsJsonAsync("/api/procuratorate/cases", new { regionCode = "12", grounds = new[] { "bribery" } });
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("regionCode", out _) && errors.TryGetProperty("grounds", out _) && errors.TryGetProperty("summary", out _));
        Assert.Equal(before, await service.Database.ScalarAsync("SELECT count(*) FROM procuratorate.mt_events"));
    }

    [Fact]
    public async Task The_case_list_shows_the_callers_region_only_and_no_summaries()
    {
        var prosecutor = service.Prosecutor("120116");
        var mine = await prosecutor.OpenCaseAsync(Guid.NewGuid(), "120116002001");
        var theirs = await service.Prosecutor("120101").OpenCaseAsync(Guid.NewGuid(), "120101002001");
        var list = await (await prosecutor.GetAsync("/api/procuratorate/cases?status=open")).Content.ReadAsStringAsync();
        Assert.Contains(mine.ToString(), list, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.ToString(), list, StringComparison.Ordinal);
        Assert.DoesNotContain("监护人", list, StringComparison.Ordinal);
        var police = await service.ClientAs("police", "officer", "120116").GetAsync("/api/procuratorate/cases");
        await police.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
    }
}

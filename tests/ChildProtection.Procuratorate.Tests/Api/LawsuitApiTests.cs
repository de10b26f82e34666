using System.Net;
using System.Net.Http.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Procuratorate.Tests.Api;

public class LawsuitApiTests(ProcuratorateFactory service) : IClassFixture<ProcuratorateFactory>
{
    private readonly HttpClient _prosecutor = service.Prosecutor();

    [Fact]
    public async Task Civil_affairs_application_to_revoke_guardianship_is_supported_and_its_court_case_recorded_once()
    {
        var caseId = await _prosecutor.OpenCaseAsync(Guid.NewGuid());
        var (id, etag, body) = await _prosecutor.CreateAsync($"/api/procuratorate/cases/{caseId}/lawsuits",
            new { mode = "support", supportedParty = "civil-affairs", claim = "revoke-guardianship", grounds = "监护人严重侵害被监护人合法权益" });
        Assert.Equal("awaiting-filing", body.GetProperty("status").GetString());
        (etag, var filed) = await _prosecutor.ChangeAsync($"/api/procuratorate/lawsuits/{id}/filing",
            new { courtCaseReference = "(2025)津0116民特3号", filedOn = service.Today.Date() }, etag);
        Assert.Equal("(2025)津0116民特3号", filed.GetProperty("courtCaseReference").GetString());
        var twice = await _prosecutor.PostWithIfMatchAsync($"/api/procuratorate/lawsuits/{id}/filing",
            new { courtCaseReference = "(2025)津0116民特4号", filedOn = service.Today.Date() }, etag);
        Assert.Equal("already-filed", (await twice.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_person_supported_is_named_on_the_lawsuit_and_masked_in_the_case()
    {
        var caseId = await _prosecutor.OpenCaseAsync(Guid.NewGuid());
        var missingName = await _prosecutor.PostAsJsonAsync($"/api/procuratorate/cases/{caseId}/lawsuits",
            new { mode = "urge", supportedParty = "other", claim = "maintenance", grounds = "拒付抚养费" });
        await missingName.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        await _prosecutor.CreateAsync($"/api/procuratorate/cases/{caseId}/lawsuits",
            new { mode = "urge", supportedParty = "other", partyName = "张桂兰", claim = "maintenance", grounds = "拒付抚养费" });
        var @case = await (await _prosecutor.GetAsync($"/api/procuratorate/cases/{caseId}")).Json();
        Assert.Equal("张**", Assert.Single(@case.GetProperty("instruments").EnumerateArray()).GetProperty("addressee").GetString());
    }

    [Fact]
    public async Task A_judge_cannot_support_a_lawsuit_for_the_procuratorate()
    {
        var caseId = await _prosecutor.OpenCaseAsync(Guid.NewGuid());
        var response = await service.ClientAs("court", "judge", "120116").PostAsJsonAsync($"/api/procuratorate/cases/{caseId}/lawsuits",
            new { mode = "support", supportedParty = "civil-affairs", claim = "revoke-guardianship", grounds = "x" });
        await response.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
    }
}

using System.Net;

namespace ChildProtection.Police.Tests.Cases;

/// <summary>A police case names its child in the audit log once loaded; no account text or guardian's name is recorded.</summary>
[Collection(PoliceCollection.Name)]
public class CaseAuditTests(PoliceFactory police)
{
    [Fact]
    public async Task Reading_a_case_and_admonishing_in_it_are_recorded_against_the_child_without_names()
    {
        var child = police.RegisteredChild();
        var officer = police.ClientAs("police", "officer", "120116", "officer-audit");
        var (caseId, _) = await officer.OpenCaseAsync(childId: child);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/police/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await officer.AdmonishAsync(caseId, "张大山")).StatusCode);

        Assert.Equal($"{child}|success|200", await police.Database.ScalarTextAsync(
            "SELECT concat_ws('|', child_id, outcome, status) FROM audit.entries WHERE actor = 'officer-audit' AND action = 'GET /api/police/cases/{id:guid}'"));
        Assert.Equal($"{child}|success|201", await police.Database.ScalarTextAsync(
            "SELECT concat_ws('|', child_id, outcome, status) FROM audit.entries WHERE actor = 'officer-audit' AND action = 'POST /api/police/cases/{caseId:guid}/admonitions'"));
        var everything = await police.Database.ScalarTextAsync("SELECT string_agg(e::text, ' ') FROM audit.entries e WHERE actor = 'officer-audit'");
        Assert.DoesNotContain("张大山", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("邻居", everything, StringComparison.Ordinal);
    }
}

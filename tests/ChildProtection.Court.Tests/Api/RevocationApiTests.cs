using System.Net;
using System.Net.Http.Json;
using ChildProtection.Contracts.Procuratorate;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Court.Tests.Api;

/// <summary>撤销监护人资格: petition, procuratorate support, hearing, judgment once; civil affairs' duty when no one petitions.</summary>
public class RevocationApiTests(CourtFactory court) : IClassFixture<CourtFactory>
{
    private const string Village = "120116001001";

    private static object Petition(Guid child, string? petitioner = null) => new
    {
        childId = child, regionCode = Village, petitioner, respondents = new[] { "father", "mother" },
        grounds = new[] { "serious-harm-to-body-or-mind" }, facts = "父母长期虐待",
    };

    [Fact]
    public async Task A_petition_is_heard_and_judged_once_naming_civil_affairs()
    {
        var (id, etag, filed) = await court.CivilAffairs().CreateAsync("/api/court/revocation-petitions", Petition(Guid.NewGuid()));
        Assert.Equal("civil-affairs", filed.GetProperty("petitioner").GetString());
        var judgment = new { revoked = true, revokedGuardians = new[] { "father", "mother" }, newGuardian = "civil-affairs", effectiveOn = court.Today.Date(), reasons = "严重损害" };
        var early = await court.Judge().PostWithIfMatchAsync($"/api/court/revocation-petitions/{id}/judgment", judgment, etag);
        Assert.Equal("no-hearing-held", (await early.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
        var (etag2, _) = await court.Clerk().ChangeAsync($"/api/court/revocation-petitions/{id}/hearing", new { hearingOn = court.Today.Date() }, etag);

        var noGuardian = await court.Judge().PostWithIfMatchAsync($"/api/court/revocation-petitions/{id}/judgment",
            new { revoked = true, revokedGuardians = new[] { "father" }, effectiveOn = court.Today.Date(), reasons = "严重损害" }, etag2);
        await noGuardian.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var byClerk = await court.Clerk().PostWithIfMatchAsync($"/api/court/revocation-petitions/{id}/judgment", judgment, etag2);
        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);

        var (etag3, judged) = await court.Judge().ChangeAsync($"/api/court/revocation-petitions/{id}/judgment", judgment, etag2);
        Assert.Equal("revoked", judged.GetProperty("status").GetString());
        Assert.Equal("civil-affairs", judged.GetProperty("judgment").GetProperty("newGuardian").GetString());
        var twice = await court.Judge().PostWithIfMatchAsync($"/api/court/revocation-petitions/{id}/judgment", judgment, etag3);
        Assert.Equal("already-judged", (await twice.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Only_statutory_petitioners_file_and_schools_petition_as_the_school()
    {
        var police = await court.ClientAs("police", "officer", "120116").PostAsJsonAsync("/api/court/revocation-petitions", Petition(Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.Forbidden, police.StatusCode);
        var (_, _, school) = await court.ClientAs("education", "teacher", "120116").CreateAsync("/api/court/revocation-petitions", Petition(Guid.NewGuid()));
        Assert.Equal("school", school.GetProperty("petitioner").GetString());
        var badGround = await court.CivilAffairs().PostAsJsonAsync("/api/court/revocation-petitions", new
        {
            childId = Guid.NewGuid(), regionCode = Village, respondents = new[] { "father" }, grounds = new[] { "poverty" }, facts = "家庭贫困",
        });
        await badGround.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var clerk = await court.Clerk().PostAsJsonAsync("/api/court/revocation-petitions", Petition(Guid.NewGuid()));
        await clerk.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        await court.Clerk().CreateAsync("/api/court/revocation-petitions", Petition(Guid.NewGuid(), "other-guardian"));
    }

    [Fact]
    public async Task Procuratorate_support_marks_the_petition_before_or_after_it_is_filed()
    {
        var bus = court.Services.GetRequiredService<IBus>();
        var child = Guid.NewGuid();
        var (id, _, _) = await court.CivilAffairs().CreateAsync("/api/court/revocation-petitions", Petition(child));
        var support = new LawsuitSupported(Guid.NewGuid(), Guid.NewGuid(), child, Village, "support", "civil-affairs", "revoke-guardianship", DateTimeOffset.UtcNow);
        var messageId = Guid.NewGuid();
        await bus.Publish(support, c => c.MessageId = messageId);
        await bus.Publish(support, c => c.MessageId = messageId);
        await Eventually.TrueAsync(async () => (await (await court.Judge().GetAsync($"/api/court/revocation-petitions/{id}")).Json())
            .GetProperty("supportedByProcuratorate").GetBoolean(), TimeSpan.FromSeconds(30), "the petition is marked supported");
        await bus.Publish(new SupportedLawsuitFiled(support.LawsuitId, support.CaseId, child, "civil-affairs", "revoke-guardianship", "(2026)津0116民特1号",
            court.Today, DateTimeOffset.UtcNow));
        await Task.Delay(1500);
        Assert.Equal(2, await court.Database.ScalarAsync($"SELECT count(*) FROM court.mt_events WHERE stream_id = '{id}'"));

        var later = Guid.NewGuid();
        await bus.Publish(new SupportedLawsuitFiled(Guid.NewGuid(), Guid.NewGuid(), later, "civil-affairs", "revoke-guardianship", "(2026)津0116民特2号",
            court.Today, DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => await court.Database.ScalarAsync($"SELECT count(*) FROM court.procuratorate_support WHERE child_id = '{later}'") == 1,
            TimeSpan.FromSeconds(30), "the support is remembered");
        var (_, _, filed) = await court.CivilAffairs().CreateAsync("/api/court/revocation-petitions", Petition(later));
        Assert.True(filed.GetProperty("supportedByProcuratorate").GetBoolean());

        var other = Guid.NewGuid();
        await bus.Publish(new LawsuitSupported(Guid.NewGuid(), Guid.NewGuid(), other, Village, "support", "civil-affairs", "maintenance", DateTimeOffset.UtcNow));
        await Task.Delay(1500);
        Assert.Equal(0, await court.Database.ScalarAsync($"SELECT count(*) FROM court.procuratorate_support WHERE child_id = '{other}'"));
    }

    [Fact]
    public async Task Civil_affairs_is_prompted_once_when_no_petition_follows_the_grounds_in_the_window()
    {
        var child = Guid.NewGuid();
        var grounds = new { childId = child, regionCode = Village, grounds = new[] { "neglect-leaving-child-in-danger" }, source = "protection-order" };
        var (dutyId, _, duty) = await court.Judge().CreateAsync("/api/court/revocation-duties", grounds);
        Assert.Equal(court.Today.AddDays(30).Date(), duty.GetProperty("petitionDueOn").GetString());

        court.Clock.Advance(TimeSpan.FromDays(30));
        await court.ScanDeadlinesAsync();
        Assert.Equal("awaiting-petition", (await (await court.Judge().GetAsync($"/api/court/revocation-duties/{dutyId}")).Json()).GetProperty("status").GetString());

        var otherChild = Guid.NewGuid();
        var (otherDuty, _, _) = await court.Judge().CreateAsync("/api/court/revocation-duties", new { childId = otherChild, regionCode = Village,
            grounds = new[] { "serious-harm-to-body-or-mind" }, source = "criminal-case" });
        await court.ClientAs("village-committee", "director", "120116").CreateAsync("/api/court/revocation-petitions", Petition(otherChild));

        court.Clock.Advance(TimeSpan.FromDays(31));
        await court.ScanDeadlinesAsync();
        await court.ScanDeadlinesAsync();
        Assert.Equal(1, await court.Database.ScalarAsync($"SELECT count(*) FROM court.mt_events WHERE stream_id = '{dutyId}' AND type = 'court.civil-affairs-petition-prompted.v1'"));
        Assert.Equal("petition-filed", (await (await court.Judge().GetAsync($"/api/court/revocation-duties/{otherDuty}")).Json()).GetProperty("status").GetString());
        Assert.Equal(0, await court.Database.ScalarAsync($"SELECT count(*) FROM court.mt_events WHERE stream_id = '{otherDuty}' AND type = 'court.civil-affairs-petition-prompted.v1'"));
    }

    [Fact]
    public async Task Grounds_noted_while_a_petition_is_pending_do_not_prompt_civil_affairs()
    {
        var child = Guid.NewGuid();
        var (petition, _, _) = await court.ClientAs("village-committee", "director", "120116").CreateAsync("/api/court/revocation-petitions", Petition(child));
        var (dutyId, _, duty) = await court.Judge().CreateAsync("/api/court/revocation-duties",
            new { childId = child, regionCode = Village, grounds = new[] { "serious-harm-to-body-or-mind" }, source = "criminal-case" });
        Assert.Equal("petition-filed", duty.GetProperty("status").GetString());
        Assert.Equal(petition, duty.GetProperty("dischargedBy").GetGuid());

        court.Clock.Advance(TimeSpan.FromDays(31));
        await court.ScanDeadlinesAsync();
        Assert.Equal(0, await court.Database.ScalarAsync(
            $"SELECT count(*) FROM court.mt_events WHERE stream_id = '{dutyId}' AND type = 'court.civil-affairs-petition-prompted.v1'"));
        Assert.Equal("petition-filed", (await (await court.Judge().GetAsync($"/api/court/revocation-duties/{dutyId}")).Json()).GetProperty("status").GetString());
    }
}

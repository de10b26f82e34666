using ChildProtection.ServiceDefaults.Audit;
using Microsoft.AspNetCore.Http;

namespace ChildProtection.ServiceDefaults.Tests.Audit;

/// <summary>What a handler and the route tell the audit record; how a status becomes an outcome; what an auditor may ask.</summary>
public class AuditSubjectTests
{
    private sealed record Case(Guid Id, Guid ChildId, string RegionCode);

    private sealed record Report(Guid Id, Guid? ChildId);

    private sealed record Village(string Code);

    [Fact]
    public void The_child_of_a_loaded_case_becomes_the_subject_and_a_state_without_one_changes_nothing()
    {
        var child = Guid.NewGuid();
        var http = new DefaultHttpContext();
        AuditSubject.SetFrom(http, new Village("120116"));
        AuditSubject.SetFrom(http, new Report(Guid.NewGuid(), null));
        Assert.Null(AuditSubject.ChildOf(http));

        AuditSubject.SetFrom(http, new Case(Guid.NewGuid(), child, "120116"));
        Assert.Equal(child, AuditSubject.ChildOf(http));
    }

    [Fact]
    public void The_childId_route_value_is_the_subject_unless_the_handler_set_one()
    {
        var fromRoute = Guid.NewGuid();
        var http = new DefaultHttpContext();
        http.Request.RouteValues["childId"] = fromRoute.ToString();
        Assert.Equal(fromRoute, AuditSubject.ChildOf(http));

        var set = Guid.NewGuid();
        AuditSubject.Set(http, set);
        Assert.Equal(set, AuditSubject.ChildOf(http));
    }

    [Fact]
    public void A_purpose_is_at_most_200_characters_and_absent_when_blank()
    {
        var http = new DefaultHttpContext();
        http.Request.Headers[AuditSubject.PurposeHeader] = "   ";
        Assert.Null(AuditSubject.PurposeOf(http));
        http.Request.Headers[AuditSubject.PurposeHeader] = new string('x', 200);
        Assert.Equal(200, AuditSubject.PurposeOf(http)!.Length);
        Assert.False(AccessPurpose.TryDecode(new string('x', 201), out _, out var error));
        Assert.Contains("at most 200", error);
    }

    [Theory]
    [InlineData(200, "success")]
    [InlineData(201, "success")]
    [InlineData(304, "success")]
    [InlineData(401, "denied")]
    [InlineData(403, "denied")]
    [InlineData(404, "failed")]
    [InlineData(409, "failed")]
    [InlineData(500, "failed")]
    public void A_status_code_has_one_outcome(int status, string outcome) => Assert.Equal(outcome, AuditOutcome.For(status));

    [Fact]
    public void A_bare_date_is_midnight_china_time_and_the_defaults_are_page_1_of_50()
    {
        var query = AuditEndpoints.Parse(null, "2026-05-01", null, null, null)!;
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 16, 0, 0, TimeSpan.Zero), query.From);
        Assert.Equal((1, 50), (query.Page, query.PageSize));
        Assert.Null(AuditEndpoints.Parse("x", null, null, null, null));
    }
}

using System.Net;
using System.Net.Http.Json;
using ChildProtection.Contracts.Reporting;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Reporting.Tests;

/// <summary>
/// A report about a child the registry did not know is matched later to the registry child by a department holding
/// it: the report then lands in the child's file and what follows carries the child.
/// </summary>
public class MatchingTests(ReportingFactory service) : IClassFixture<ReportingFactory>
{
    private static readonly object Unregistered = new { name = "刘后登记", birthDate = "2016-02-02", gender = "male", regionCode = "120116102305" };

    [Fact]
    public async Task A_receiving_department_matches_the_provisional_child_and_the_report_is_published_for_the_childs_file()
    {
        var report = (await service.School().FileAsync(ReportsClient.Body(child: Unregistered, situations: ["abandoned-or-without-care"]))).Id("reportId");
        var registered = service.Directory.Register("120116102305");

        var linked = await LinkAsync(service.Police(), report, registered);
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        var view = await linked.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal(registered, view.GetProperty("child").GetProperty("childId").GetGuid());
        Assert.False(view.GetProperty("child").GetProperty("matchPending").GetBoolean());
        Assert.Equal("刘***", view.GetProperty("child").GetProperty("maskedName").GetString());

        await Eventually.TrueAsync(() => service.Published.OfType<ReportFiled>().Any(m => m.ReportId == report), TimeSpan.FromSeconds(30), "ReportFiled after the match");
        var filed = service.Published.OfType<ReportFiled>().Single(m => m.ReportId == report);
        Assert.Equal(registered, filed.ChildId);
        Assert.Equal(["abandoned-or-without-care"], filed.Situations);
        Assert.Equal(registered, Guid.Parse(await service.Database.ScalarTextAsync($"SELECT child_id FROM reporting.reports WHERE id = '{report}'")));

        // What the departments do next carries the child: the acceptance the police open a case from.
        var routing = (await service.Police().ItemAsync("police", report)).Id("routingId");
        await service.Police().ActAsync(report, routing, "acceptance").OkAsync();
        await Eventually.TrueAsync(() => service.Published.OfType<MandatoryReportAccepted>().Any(m => m.RoutingId == routing), TimeSpan.FromSeconds(30), "acceptance");
        Assert.Equal(registered, service.Published.OfType<MandatoryReportAccepted>().Single(m => m.RoutingId == routing).ChildId);

        // The same match again changes nothing; another child is refused.
        Assert.Equal(HttpStatusCode.OK, (await LinkAsync(service.Police(), report, registered)).StatusCode);
        var other = await LinkAsync(service.Police(), report, service.Directory.Register("120116102305"));
        var rejected = await other.AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected);
        Assert.Equal("child-already-matched", rejected.GetProperty("code").GetString());
        Assert.Equal(1, await service.Database.ScalarAsync(
            $"SELECT count(*) FROM reporting.mt_events WHERE stream_id = '{report}' AND type = 'reporting.provisional-child-linked.v1'"));
    }

    [Fact]
    public async Task Only_a_department_holding_the_report_may_match_it_to_a_known_child_with_the_current_version()
    {
        var report = (await service.School().FileAsync(ReportsClient.Body(child: Unregistered, situations: ["abandoned-or-without-care"]))).Id("reportId");
        var registered = service.Directory.Register("120116102305");

        var current = (await service.Police().GetAsync($"{ReportsClient.Base}/{report}")).Headers.ETag!.ToString();
        Assert.Equal(HttpStatusCode.Forbidden, (await LinkAsync(service.School(), report, registered, current)).StatusCode);
        await (await LinkAsync(service.Police("120117"), report, registered, current)).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        await (await LinkAsync(service.Police(), report, Guid.NewGuid())).AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        await (await LinkAsync(service.Police(), report, registered, etag: "\"1\"")).AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.ConcurrencyConflict);
        using var noVersion = new HttpRequestMessage(HttpMethod.Post, $"{ReportsClient.Base}/{report}/child") { Content = JsonContent.Create(new { childId = registered }) };
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await service.Police().SendAsync(noVersion)).StatusCode);
        Assert.Equal(0, await service.Database.ScalarAsync(
            $"SELECT count(*) FROM reporting.mt_events WHERE stream_id = '{report}' AND type = 'reporting.provisional-child-linked.v1'"));
    }

    private static async Task<HttpResponseMessage> LinkAsync(HttpClient client, Guid report, Guid childId, string? etag = null)
    {
        if (etag is null)
        {
            var read = await client.GetAsync($"{ReportsClient.Base}/{report}");
            etag = read.Headers.ETag?.ToString() ?? "\"0\"";
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{ReportsClient.Base}/{report}/child") { Content = JsonContent.Create(new { childId }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await client.SendAsync(request);
    }
}

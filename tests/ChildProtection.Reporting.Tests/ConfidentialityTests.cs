using System.Net;
using System.Net.Http.Json;

namespace ChildProtection.Reporting.Tests;

/// <summary>
/// The reporter's identity is confidential to the receiving departments: a teacher (a reporting unit's staff, department
/// <c>education</c>) or a child director (department <c>civil-affairs</c>) is not the receiving bureau, so neither may read
/// another unit's report from the department inbox nor act on it.
/// </summary>
public class ConfidentialityTests(ReportingFactory service) : IClassFixture<ReportingFactory>
{
    [Fact]
    public async Task Staff_of_reporting_units_cannot_read_the_receiving_departments_inboxes_or_reports()
    {
        // Routed to police, civil affairs and education (national pack), filed by one school's teacher.
        var report = (await service.School().FileAsync(ReportsClient.Body(service.Directory.Register(), ["injuries-suggesting-violence"]))).Id("reportId");
        var routing = (await service.Education().ItemAsync("education", report)).Id("routingId");

        var otherTeacher = service.ClientAs("education", "teacher", "120116", "teacher-2");
        var director = service.ClientAs("civil-affairs", "child-director", "120116102305", "director-1");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherTeacher.GetAsync($"{ReportsClient.Base}/inbox?department=education")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherTeacher.GetAsync($"{ReportsClient.Base}/{report}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await director.GetAsync($"{ReportsClient.Base}/inbox?department=civil-affairs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await director.GetAsync($"{ReportsClient.Base}/{report}")).StatusCode);
        using var accept = new HttpRequestMessage(HttpMethod.Post, $"{ReportsClient.Base}/{report}/routings/{routing}/acceptance") { Content = JsonContent.Create(new { }) };
        accept.Headers.TryAddWithoutValidation("If-Match", "\"3\"");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherTeacher.SendAsync(accept)).StatusCode);

        // The receiving bureaus still see the reporter (masked until they ask).
        var view = await service.Education().GetFromJsonAsync<System.Text.Json.JsonElement>($"{ReportsClient.Base}/{report}?reveal=person");
        Assert.Equal("王老师", view.GetProperty("reporter").GetProperty("person").GetString());
    }
}

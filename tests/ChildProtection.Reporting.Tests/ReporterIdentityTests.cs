using System.Net;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;

namespace ChildProtection.Reporting.Tests;

/// <summary>Who reported (name and contact): encrypted in the report's events and every table, masked in responses unless a receiver asks.</summary>
public class ReporterIdentityTests(ReportingFactory service) : IClassFixture<ReportingFactory>
{
    [Fact]
    public async Task The_reporters_name_and_contact_are_never_stored_in_clear_and_are_masked_unless_the_receiving_department_asks()
    {
        var child = service.Directory.Register();
        var body = ReportsClient.Body(child, ["private-parts-injury"]);
        var report = (await service.School().FileAsync(body)).Id("reportId");

        foreach (var clear in new[] { "13800000000", "王老师" })
        {
            Assert.Equal(0, await service.Database.ScalarAsync($"SELECT count(*) FROM reporting.mt_events WHERE data::text LIKE '%{clear}%'"));
            Assert.Equal(0, await AnyTableHoldsAsync(clear));
        }
        Assert.Equal(1, await service.Database.ScalarAsync(
            $"SELECT count(*) FROM reporting.mt_events WHERE stream_id = '{report}' AND data->'reporter'->>'contact' LIKE 'v1:k1:%' AND data->'reporter'->>'person' LIKE 'v1:k1:%'"));

        var masked = await service.Police().GetAsync($"{ReportsClient.Base}/{report}").OkAsync();
        Assert.Equal("138****0000", masked.GetProperty("reporter").GetProperty("contact").GetString());
        Assert.Equal("王**", masked.GetProperty("reporter").GetProperty("person").GetString());
        var revealed = await service.Police().GetAsync($"{ReportsClient.Base}/{report}?reveal=contact").OkAsync();
        Assert.Equal("13800000000", revealed.GetProperty("reporter").GetProperty("contact").GetString());
        Assert.Equal("王**", revealed.GetProperty("reporter").GetProperty("person").GetString());
        var named = await service.Police().GetAsync($"{ReportsClient.Base}/{report}?reveal=person").OkAsync();
        Assert.Equal("王老师", named.GetProperty("reporter").GetProperty("person").GetString());
        Assert.Equal("138****0000", named.GetProperty("reporter").GetProperty("contact").GetString());
        await (await service.Police().GetAsync($"{ReportsClient.Base}/{report}?reveal=idNumber")).AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);

        var routing = (await service.Police().ItemAsync("police", report)).Id("routingId");
        var accepted = await service.Police().ActAsync(report, routing, "acceptance").OkAsync();
        Assert.Equal("138****0000", accepted.GetProperty("reporter").GetProperty("contact").GetString());
        Assert.Equal("王**", accepted.GetProperty("reporter").GetProperty("person").GetString());
    }

    /// <summary>Rows of every table in the reporting schema whose text holds <paramref name="value"/>.</summary>
    private Task<long> AnyTableHoldsAsync(string value) => service.Database.ScalarAsync($"""
        SELECT coalesce(sum((xpath('/row/c/text()', query_to_xml(
            format('SELECT count(*) AS c FROM %I.%I t WHERE t::text LIKE %L', table_schema, table_name, '%{value}%'), false, true, '')))[1]::text::bigint), 0)
        FROM information_schema.tables WHERE table_schema = 'reporting' AND table_type = 'BASE TABLE'
        """);
}

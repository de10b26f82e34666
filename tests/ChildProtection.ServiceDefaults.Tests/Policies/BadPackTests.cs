using ChildProtection.Jurisdictions;
using static ChildProtection.ServiceDefaults.Tests.Jurisdictions.PackDirectory;

namespace ChildProtection.ServiceDefaults.Tests.Jurisdictions;

/// <summary>Each bad override pack stops loading with a message naming the file and the field.</summary>
public sealed class BadPackTests : IDisposable
{
    private readonly PackDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private void FailsNaming(string file, string field, string fileName, string json, string? detail = null)
    {
        _dir.With(fileName, json);
        var error = Assert.Throws<PolicyPackException>(() => PolicyPacks.Load(_dir.Path));
        Assert.Contains(file, error.Message);
        Assert.Contains($"field '{field}'", error.Message);
        Assert.Equal(field, error.Field);
        if (detail is not null)
        {
            Assert.Contains(detail, error.Message);
        }
    }

    [Fact]
    public void An_unknown_property_is_rejected() =>
        FailsNaming("21-liaoning.json", "visits.frequency", "21-liaoning.json",
            Pack("liaoning", "21", """ "visits": { "source": "s", "frequency": 2 } """));

    [Fact]
    public void An_unknown_top_level_section_is_rejected() =>
        FailsNaming("21-liaoning.json", "tribunal", "21-liaoning.json", Pack("liaoning", "21", """ "tribunal": {} """));

    [Theory]
    [InlineData("protectionOrderDecisionHours", 73)]
    [InlineData("protectionOrderUrgentDecisionHours", 25)]
    [InlineData("protectionOrderUrgentDecisionHours", 0)]
    public void A_pack_may_only_make_the_protection_order_decision_clock_stricter(string field, int hours) =>
        FailsNaming("21-liaoning.json", "court." + field, "21-liaoning.json",
            Pack("liaoning", "21", $$""" "court": { "source": "s", "{{field}}": {{hours}} } """), $"was {hours}");

    [Theory]
    [InlineData("homeVisitIntervalMonths", -1)]
    [InlineData("contactIntervalMonths", 0)]
    [InlineData("riskHomeVisitIntervalMonths", 13)]
    public void An_interval_that_is_not_1_to_12_months_is_rejected(string field, int months) =>
        FailsNaming("21-liaoning.json", "visits." + field, "21-liaoning.json",
            Pack("liaoning", "21", $$""" "visits": { "source": "s", "{{field}}": {{months}} } """), $"was {months}");

    [Theory]
    [InlineData("2a")]
    [InlineData("1")]
    [InlineData("123")]
    [InlineData("2105211002001")]
    public void A_region_prefix_that_is_not_a_2_to_12_digit_division_prefix_is_rejected(string prefix) =>
        FailsNaming("21-liaoning.json", "regionPrefix", "21-liaoning.json", Pack("liaoning", prefix));

    [Fact]
    public void A_region_prefix_other_than_the_file_names_is_rejected() =>
        FailsNaming("2105-benxi.json", "regionPrefix", "2105-benxi.json", Pack("benxi", "2106"), "'2106' does not match");

    [Fact]
    public void An_id_other_than_the_file_names_is_rejected() =>
        FailsNaming("2105-benxi.json", "id", "2105-benxi.json", Pack("benxi-city", "2105"));

    [Fact]
    public void A_duplicate_id_is_rejected()
    {
        _dir.With("21-liaoning.json", Pack("liaoning", "21"));
        FailsNaming("2106-liaoning.json", "id", "2106-liaoning.json", Pack("liaoning", "2106"), "21-liaoning.json");
    }

    [Fact]
    public void A_second_pack_for_a_prefix_is_rejected() =>
        FailsNaming("21-liaoning-north.json", "regionPrefix", "21-liaoning-north.json", Pack("liaoning-north", "21"), "'liaoning'");

    [Theory]
    [InlineData("reporting", "annualReportByCityDue", "\"13-01\"")]
    [InlineData("reporting", "annualReportByCountyDue", "\"11-31\"")]
    [InlineData("reporting", "annualReportByCountyDue", "\"Nov 15\"")]
    [InlineData("reporting", "annualReportByCountyDue", "1115")]
    public void An_unparsable_month_day_is_rejected(string section, string field, string value) =>
        FailsNaming("21-liaoning.json", $"{section}.{field}", "21-liaoning.json",
            Pack("liaoning", "21", $$""" "{{section}}": { "source": "s", "{{field}}": {{value}} } """), "month-day");

    [Fact]
    public void An_unparsable_vacation_window_day_is_rejected_at_its_index() =>
        FailsNaming("1502-baotou.json", "visits.vacationVisits[1].to", "1502-baotou.json",
            Pack("baotou", "1502", """
                "visits": { "source": "s", "vacationVisits": [
                  { "name": "winter", "from": "01-15", "to": "02-25" },
                  { "name": "summer", "from": "07-10", "to": "8-31" } ] }
                """), "'8-31'");

    [Fact]
    public void An_override_file_that_is_not_json_is_rejected_naming_the_file()
    {
        _dir.With("21-liaoning.json", """{ "id": "liaoning", "visits": { "homeVisitIntervalMonths": 1, """);
        var error = Assert.Throws<PolicyPackException>(() => PolicyPacks.Load(_dir.Path));
        Assert.Contains(Path.Combine(_dir.Path, "21-liaoning.json"), error.Message);
        Assert.Contains("field 'visits'", error.Message);
    }

    [Fact]
    public void A_missing_required_identity_field_is_rejected() =>
        FailsNaming("21-liaoning.json", "(document)", "21-liaoning.json",
            """{ "id": "liaoning", "version": 2, "regionPrefix": "21", "name": "x" }""", "'source'");

    [Fact]
    public void Null_is_rejected_where_it_means_nothing() =>
        FailsNaming("21-liaoning.json", "visits.homeVisitIntervalMonths", "21-liaoning.json",
            Pack("liaoning", "21", """ "visits": { "source": "s", "homeVisitIntervalMonths": null } """), "null");

    [Fact]
    public void An_unknown_risk_factor_is_rejected() =>
        FailsNaming("14-shanxi.json", "visits.riskFactors[1]", "14-shanxi.json",
            Pack("shanxi", "14", """ "visits": { "source": "s", "riskFactors": ["child-disability", "poverty"] } """), "'poverty'");

    [Fact]
    public void A_value_without_a_citation_is_rejected() =>
        FailsNaming("21-liaoning.json", "visits.homeVisitIntervalMonths", "21-liaoning.json",
            Pack("liaoning", "21", """ "visits": { "homeVisitIntervalMonths": 1 } """), "citation");

    [Fact]
    public void A_citation_for_an_unknown_field_is_rejected() =>
        FailsNaming("21-liaoning.json", "visits.sources.homeVisitInterval", "21-liaoning.json",
            Pack("liaoning", "21", """ "visits": { "sources": { "homeVisitInterval": "s" } } """));

    [Fact]
    public void A_national_override_must_still_set_every_value() =>
        FailsNaming("national.json", PolicyPaths.CareAgreementRequiredWhenCarerNotDirectRelative, "national.json",
            Pack("national", "", """
                "visits": { "source": "s", "contactIntervalMonths": 1, "homeVisitIntervalMonths": 3,
                  "riskHomeVisitIntervalMonths": 1, "riskFactors": [], "vacationVisits": [],
                  "carerFailureNotifiesTownshipSupervisor": false, "carerRefusalNotifiesTownshipGovernment": false,
                  "overdueEscalationDays": 30 }
                """));

    [Fact]
    public void A_risk_cadence_slower_than_the_inherited_routine_cadence_is_rejected() =>
        FailsNaming("2105-benxi.json", PolicyPaths.RiskHomeVisitIntervalMonths, "2105-benxi.json",
            Pack("benxi", "2105", """ "visits": { "source": "s", "riskHomeVisitIntervalMonths": 2 } """), "'liaoning'");

    [Fact]
    public void A_missing_override_directory_is_rejected()
    {
        var missing = Path.Combine(_dir.Path, "nowhere");
        var error = Assert.Throws<PolicyPackException>(() => PolicyPacks.Load(missing));
        Assert.Contains(missing, error.Message);
        Assert.Contains(PolicyPacks.DirectoryKey, error.Message);
    }

    [Fact]
    public void A_file_name_that_declares_no_prefix_and_id_is_rejected() =>
        FailsNaming("Liaoning.json", "(file name)", "Liaoning.json", Pack("liaoning", "21"));
}

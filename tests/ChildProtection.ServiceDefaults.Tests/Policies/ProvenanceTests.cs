using System.Reflection;
using System.Text.Json;
using ChildProtection.Jurisdictions;

namespace ChildProtection.ServiceDefaults.Tests.Jurisdictions;

public sealed class ProvenanceTests
{
    private static readonly PolicyPacks Packs = PolicyPacks.Load();

    private static IEnumerable<string> AllPaths() => typeof(PolicyPaths)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_value_has_a_source_keyed_by_its_dotted_path()
    {
        var policy = Packs.Resolve("210521100200");
        Assert.Equal(AllPaths().Order(), policy.Sources.Keys.Order());
        Assert.All(policy.Sources.Values, source => Assert.False(string.IsNullOrWhiteSpace(source.Source)));
    }

    [Fact]
    public void A_value_names_the_pack_that_set_it_and_the_plan_clause()
    {
        var sources = Packs.Resolve("210521100200").Sources;

        var homeVisit = sources[PolicyPaths.HomeVisitIntervalMonths];
        Assert.Equal(new PolicyValueSource("liaoning", 1, "21", homeVisit.Source), homeVisit);
        Assert.Contains("辽民发〔2024〕3号 三(三)1", homeVisit.Source);
        Assert.Contains("至少每个月入户走访一次", homeVisit.Source);

        Assert.Equal("benxi", sources[PolicyPaths.HalfYearlySupervision].PackId);
        Assert.Contains("每半年开展一次督导", sources[PolicyPaths.HalfYearlySupervision].Source);
        Assert.Equal("national", sources[PolicyPaths.AdditionalDirectorsWhenTargetChildrenExceed].PackId);
    }

    [Fact]
    public void A_value_cited_on_its_own_uses_that_citation_rather_than_the_sections()
    {
        var sources = Packs.Resolve("21").Sources;
        Assert.Contains("纳入儿童主任工作职责清单", sources[PolicyPaths.SingleParentFamilyInScope].Source);
        Assert.Contains("农村单亲家庭儿童进行全面摸底排查", sources[PolicyPaths.AnnualSurveyIncludesRuralSingleParent].Source);
    }

    [Fact]
    public void The_explanation_gives_value_pack_and_source_per_path_as_plain_json()
    {
        var explanation = Packs.Explain("150203100200");
        var json = JsonDocument.Parse(JsonSerializer.Serialize(explanation, JsonSerializerOptions.Web)).RootElement;

        Assert.Equal("150203100200", json.GetProperty("regionCode").GetString());
        Assert.Equal(["baotou", "national"], json.GetProperty("packs").EnumerateArray().Select(p => p.GetString()));
        var values = json.GetProperty("values");
        Assert.Equal(AllPaths().Order(), values.EnumerateObject().Select(p => p.Name).Order());

        var vacation = values.GetProperty(PolicyPaths.VacationVisits);
        Assert.Equal("baotou", vacation.GetProperty("packId").GetString());
        Assert.Equal(1, vacation.GetProperty("packVersion").GetInt32());
        Assert.Contains("寒假、暑假分别开展一次", vacation.GetProperty("source").GetString());
        var winter = vacation.GetProperty("value")[0];
        Assert.Equal(("winter", "01-15", "02-25"),
            (winter.GetProperty("name").GetString(), winter.GetProperty("from").GetString(), winter.GetProperty("to").GetString()));

        Assert.Equal(10, values.GetProperty(PolicyPaths.RehabilitationAidMaxAgeYears).GetProperty("value").GetInt32());
        Assert.Equal(JsonValueKind.Null, values.GetProperty(PolicyPaths.AnnualReportByCityDue).GetProperty("value").ValueKind);
    }

    [Fact]
    public void A_null_set_by_a_pack_is_explained_as_null_from_that_pack()
    {
        var contact = Packs.Explain("210521100200").Values[PolicyPaths.ContactIntervalMonths];
        Assert.Null(contact.Value);
        Assert.Equal("liaoning", contact.PackId);
    }

    [Fact]
    public void A_month_day_is_explained_as_MM_dd() =>
        Assert.Equal("\"11-15\"", Packs.Explain("12").Values[PolicyPaths.AnnualReportByCountyDue].Value!.ToJsonString());
}

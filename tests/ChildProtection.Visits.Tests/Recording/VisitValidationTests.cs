using ChildProtection.Visits.Recording;

namespace ChildProtection.Visits.Tests.Recording;

/// <summary>Bad visit input is refused field by field.</summary>
public class VisitValidationTests
{
    private static readonly DateTimeOffset Now = new(2025, 5, 6, 10, 0, 0, TimeSpan.FromHours(8));

    private static RecordVisitInput Valid => new("contact", "phone", Now.AddHours(-1), "by phone", ["child", "carer"],
        [new FindingInput("needs-relief", null)], null);

    private static Dictionary<string, string[]> Errors(RecordVisitInput input)
    {
        var (command, errors) = RecordVisit.Validate(input, Now);
        Assert.Null(command);
        return errors;
    }

    [Fact]
    public void A_valid_contact_passes()
    {
        var (command, errors) = RecordVisit.Validate(Valid, Now);
        Assert.Empty(errors);
        Assert.Equal("phone", command!.Mode);
    }

    [Fact]
    public void A_visit_in_the_future_is_refused() =>
        Assert.Contains("occurredAt", Errors(Valid with { OccurredAt = Now.AddMinutes(1) }).Keys);

    [Fact]
    public void An_unknown_finding_code_is_refused() =>
        Assert.Contains("findings[1].code", Errors(Valid with { Findings = [new("needs-relief", null), new("bad-mood", null)] }).Keys);

    [Fact]
    public void A_home_visit_by_phone_is_refused() =>
        Assert.Contains("mode", Errors(Valid with { Kind = "home-visit", Mode = "phone" }).Keys);

    [Fact]
    public void Harm_without_any_description_is_refused() =>
        Assert.Contains("findings[0].note", Errors(Valid with { Findings = [new("signs-of-harm", null)] }).Keys);

    [Fact]
    public void Missing_kind_place_and_people_are_all_reported_at_once()
    {
        var errors = Errors(new RecordVisitInput(null, null, null, " ", [], null, null));
        Assert.Superset(new HashSet<string> { "kind", "occurredAt", "place", "seen" }, errors.Keys.ToHashSet());
    }

    [Fact]
    public void An_unknown_person_code_is_refused_without_echoing_it()
    {
        var errors = Errors(Valid with { Seen = ["张三"] });
        Assert.DoesNotContain("张三", errors["seen"][0]);
    }
}

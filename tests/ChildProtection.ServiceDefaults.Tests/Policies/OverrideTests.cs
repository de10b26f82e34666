using ChildProtection.Jurisdictions;
using static ChildProtection.ServiceDefaults.Tests.Jurisdictions.PackDirectory;

namespace ChildProtection.ServiceDefaults.Tests.Jurisdictions;

public sealed class OverrideTests : IDisposable
{
    private readonly PackDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void An_override_file_replaces_the_embedded_pack_with_the_same_id()
    {
        _dir.With("1502-baotou.json", Pack("baotou", "1502", """
            "visits": { "source": "Baotou school calendar 2025", "vacationVisits": [ { "name": "winter", "from": "01-20", "to": "03-01" } ] }
            """, version: 2));

        var policy = PolicyPacks.Load(_dir.Path).Resolve("150203");

        Assert.Equal(new VacationWindow("winter", new MonthDay(1, 20), new MonthDay(3, 1)), Assert.Single(policy.Visits.VacationVisits));
        Assert.Equal(new PolicyValueSource("baotou", 2, "1502", "Baotou school calendar 2025"), policy.Sources[PolicyPaths.VacationVisits]);
        // Replaced, not merged: the embedded pack's care-agreement rule is gone.
        Assert.False(policy.CareAgreement.RequiredForAllRuralLeftBehind);
    }

    [Fact]
    public void An_override_file_adds_a_pack_for_a_new_prefix()
    {
        _dir.With("210521-huanren.json", Pack("huanren", "210521", """ "visits": { "source": "s", "riskHomeVisitIntervalMonths": 1 } """));
        var packs = PolicyPacks.Load(_dir.Path);

        var policy = packs.Resolve("210521100200");
        Assert.Equal(["huanren", "benxi", "liaoning", "national"], policy.Packs);
        Assert.Equal("huanren", policy.Sources[PolicyPaths.RiskHomeVisitIntervalMonths].PackId);
        Assert.Contains(packs.Packs, p => p.Id == "huanren" && p.File == Path.Combine(_dir.Path, "210521-huanren.json"));
    }

    [Fact]
    public void An_empty_override_directory_changes_nothing() =>
        Assert.Equal(PolicyPacks.Load().Packs, PolicyPacks.Load(_dir.Path).Packs);
}

using System.Text.Json;

namespace ChildProtection.Jurisdictions;

/// <summary>
/// The rules that apply in one region: each value from the most specific pack that sets it
/// (village → township → county → city → province → national), with its provenance.
/// </summary>
/// <param name="RegionCode">The region (2–12 digit prefix) resolved.</param>
/// <param name="Packs">The packs that apply, most specific first (always ending with <c>national</c>).</param>
/// <param name="Visits">Contact and home-visit cadence.</param>
/// <param name="CareAgreement">Written entrusted-care agreements.</param>
/// <param name="Categories">Local extensions of the children in scope.</param>
/// <param name="Reporting">Recurring reports and supervision.</param>
/// <param name="Relief">Local relief terms.</param>
/// <param name="Directors">Child-director staffing.</param>
/// <param name="MandatoryReporting">Mandatory-report deadlines and routing.</param>
/// <param name="Sources">For every <see cref="PolicyPaths"/> path: the pack and citation the value came from.</param>
public sealed record EffectivePolicy(
    string RegionCode,
    IReadOnlyList<string> Packs,
    VisitPolicy Visits,
    CareAgreementPolicy CareAgreement,
    CategoryPolicy Categories,
    ReportingPolicy Reporting,
    ReliefPolicy Relief,
    DirectorPolicy Directors,
    MandatoryReportingPolicy MandatoryReporting,
    IReadOnlyDictionary<string, PolicyValueSource> Sources)
{
    /// <summary>Procuratorial follow-up plans and statutory clocks.</summary>
    public required ProcuratoratePolicy Procuratorate { get; init; }

    /// <summary>The court's statutory clocks (protection orders, judicial recommendations, revocation duty).</summary>
    public required CourtPolicy Court { get; init; }

    /// <summary>The resolved values by path, in the order of <see cref="Sources"/>.</summary>
    internal IReadOnlyDictionary<string, object?> Values { get; init; } = new Dictionary<string, object?>();

    /// <summary>The police's deadlines.</summary>
    public PolicePolicy Police { get; init; } = new(1);

    /// <summary>The same policy as path → value + pack + citation, for an API to return as is.</summary>
    public PolicyExplanation Explain() => new(
        RegionCode,
        Packs,
        Sources.ToDictionary(
            entry => entry.Key,
            entry => new ExplainedValue(
                JsonSerializer.SerializeToNode(Values[entry.Key], PackJson.Options),
                entry.Value.PackId,
                entry.Value.PackVersion,
                entry.Value.Source)));
}

namespace ChildProtection.Jurisdictions;

/// <summary>When a written entrusted-care agreement (委托照护协议/责任书) between the parents and the carer is required.</summary>
/// <param name="RequiredWhenCarerNotDirectRelative">Required when the carer is not a direct relative (委托非直系亲属照护) — Liaoning.</param>
/// <param name="RequiredForAllRuralLeftBehind">Required for every rural left-behind child (100%签订) — Baotou.</param>
public sealed record CareAgreementPolicy(bool RequiredWhenCarerNotDirectRelative, bool RequiredForAllRuralLeftBehind);

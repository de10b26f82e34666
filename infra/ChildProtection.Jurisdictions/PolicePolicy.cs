namespace ChildProtection.Jurisdictions;

/// <summary>The police's deadlines (docs/domain.md §5).</summary>
/// <param name="RecommendationReplyMonths">
/// A unit that receives a police recommendation for failing its protection duties replies in writing within this many
/// months (Minors Protection Law art. 114: 一个月内作出书面回复).
/// </param>
public sealed record PolicePolicy(int RecommendationReplyMonths);

namespace ChildProtection.Jurisdictions;

/// <summary>Staffing of child directors (儿童主任): at least one per village or community.</summary>
/// <param name="AdditionalDirectorsWhenTargetChildrenExceed">
/// A village whose left-behind plus in-difficulty children exceed this number gets more directors
/// (总人数超过30人的村（社区），根据实际需要增配儿童主任).
/// </param>
public sealed record DirectorPolicy(int AdditionalDirectorsWhenTargetChildrenExceed);

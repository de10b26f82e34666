namespace ChildProtection.Police.Instruments;

/// <summary>The police's instruments, each its own stream type and route.</summary>
public static class InstrumentKinds
{
    /// <summary>训诫 admonition of a guardian.</summary>
    public const string Admonition = "admonition";
    /// <summary>责令接受家庭教育指导 order to receive family-education guidance.</summary>
    public const string GuidanceOrder = "guidance-order";
    /// <summary>Recommendation to a unit failing its protection duties.</summary>
    public const string Recommendation = "recommendation";
    /// <summary>告诫书 domestic-violence warning letter.</summary>
    public const string DomesticViolenceWarning = "domestic-violence-warning";
    /// <summary>Request to civil affairs to place a child in an emergency.</summary>
    public const string EmergencyPlacement = "emergency-placement";

    public static string StreamTypeOf(string kind) => "police-" + kind;

    /// <summary>The route segment under <c>/api/police</c> for the kind.</summary>
    public static string RouteOf(string kind) => kind switch
    {
        Admonition => "admonitions",
        GuidanceOrder => "guidance-orders",
        Recommendation => "recommendations",
        DomesticViolenceWarning => "domestic-violence-warnings",
        EmergencyPlacement => "emergency-placements",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown instrument kind."),
    };
}

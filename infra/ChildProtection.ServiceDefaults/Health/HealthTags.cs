namespace ChildProtection.ServiceDefaults;

/// <summary>Tags that decide which health checks answer which probe.</summary>
public static class HealthTags
{
    /// <summary>Checks for <c>/health/live</c>: the process runs. Never add a dependency here.</summary>
    public const string Live = "live";

    /// <summary>Checks for <c>/health/ready</c>: the dependencies needed to serve traffic answer.</summary>
    public const string Ready = "ready";
}

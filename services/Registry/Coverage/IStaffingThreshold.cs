namespace ChildProtection.Registry.Coverage;

/// <summary>
/// How many target children (left-behind plus in difficulty) one child director can look after in a
/// region: a village with more needs a second director (all five local plans say 30). A local rule, so it
/// is asked per region code, ready to be answered by the jurisdiction's policy pack.
/// </summary>
public interface IStaffingThreshold
{
    /// <summary>The threshold for a region (a village's 12-digit code, or any prefix).</summary>
    int For(string regionCode);
}

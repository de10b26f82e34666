namespace ChildProtection.Reporting.Reports;

/// <summary>
/// What the reporter is told for an outcome: one of three fixed sentences, so nothing about the child, the family or the
/// case (art. 103: never disclosed) can reach the receipt, whatever a department typed in its own summary.
/// </summary>
public static class ReporterMessages
{
    public const string ActionTaken = "The department has acted on your report according to law.";
    public const string NoHarmFound = "The department looked into your report and found no harm requiring further action.";
    public const string Handled = "The department has handled your report.";

    public static string For(string outcome) => outcome switch
    {
        "no-harm-found" or "no-offence-found" => NoHarmFound,
        "measures-taken" or "child-placed" or "case-filed" or "admonished" or "criminal-case-filed" or "administrative-case-filed"
            or "referred" or "transferred" => ActionTaken,
        _ => Handled,
    };
}

using ChildProtection.Web.Localization;

namespace ChildProtection.Web.Forms;

/// <summary>
/// Why a child's file is read (<c>X-Access-Purpose</c>, audited with the read). HTTP header values are ASCII, so a
/// standard purpose is sent as its code and any other as <c>other:</c> + the percent-encoded words.
/// </summary>
public static class AccessPurposes
{
    public const string Other = "other";

    public static readonly string[] Codes =
        ["routine-visit", "case-conference", "report-handling", "relief-review", "court-proceeding", "spot-check", Other];

    public static string Header(string code, string? text) =>
        code == Other && !string.IsNullOrWhiteSpace(text) ? "other:" + Uri.EscapeDataString(text.Trim()) : code;

    /// <summary>The purpose as the audit log holds it, in words.</summary>
    public static string Describe(string? header, Names names)
    {
        if (string.IsNullOrEmpty(header)) return "—";
        if (header.StartsWith("other:", StringComparison.Ordinal))
        {
            try { return names.Of("purpose", Other) + "：" + Uri.UnescapeDataString(header[6..]); }
            catch (UriFormatException) { return header; }
        }
        return names.Has("purpose", header) ? names.Of("purpose", header) : header;
    }
}

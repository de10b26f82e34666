namespace ChildProtection.Web;

/// <summary>The console's texts (Resources/Texts.resx zh-CN, Texts.en.resx English).</summary>
public sealed class Texts;

/// <summary>Names of the platform's codes: departments, roles, categories, situations, statuses (Resources/Codes*.resx).</summary>
public sealed class Codes;

/// <summary>The API's problem messages and refusal codes in Chinese (Resources/Problems.resx); English shows the API's own words.</summary>
public sealed class Problems;

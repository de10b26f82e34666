using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildProtection.Jurisdictions;

/// <summary>How packs are read: camelCase, <c>//</c> comments allowed, unknown properties rejected.</summary>
internal static class PackJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.Strict,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}

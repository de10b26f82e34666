using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildProtection.ServiceDefaults.EventSourcing;

/// <summary>
/// How events, headers and documents are written as JSON: camelCase, enums as the kebab-case codes the API uses
/// (<c>"working-away"</c>), nulls left out. Changing this changes what is stored: add a new event version instead.
/// </summary>
public static class EventJson
{
    /// <summary>The options Marten's serializer starts from, for reading stored JSON outside Marten too.</summary>
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Applies the platform's event JSON settings to <paramref name="options"/>.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        // First, so it wins over any enum converter Marten adds for its own enum storage setting.
        options.Converters.Insert(0, new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        return options;
    }
}

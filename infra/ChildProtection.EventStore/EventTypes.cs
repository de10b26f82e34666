using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildProtection.EventStore;

/// <summary>
/// Maps stable event type names (<c>registry.child-registered.v1</c>) to CLR types and back. Stored
/// names never change; an old shape is read through an upcaster into its newer record.
/// </summary>
public sealed class EventTypes
{
    private readonly Dictionary<string, Type> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _byType = new();
    private readonly Dictionary<string, Func<JsonElement, object>> _upcasters = new(StringComparer.Ordinal);

    /// <summary>The JSON settings used for event data and metadata.</summary>
    public static readonly JsonSerializerOptions Json = CreateJson();

    /// <summary>Registers <typeparamref name="T"/> under its stable name.</summary>
    public EventTypes Register<T>(string name) where T : notnull
    {
        if (_byName.TryGetValue(name, out var existing) && existing != typeof(T))
            throw new InvalidOperationException($"Event type name '{name}' is already registered for {existing.Name}.");
        _byName[name] = typeof(T);
        _byType[typeof(T)] = name;
        return this;
    }

    /// <summary>Reads events stored under <paramref name="oldName"/> by converting them to a current record.</summary>
    public EventTypes Upcast(string oldName, Func<JsonElement, object> upcast)
    {
        _upcasters[oldName] = upcast;
        return this;
    }

    /// <summary>The stable name of a registered event's type.</summary>
    public string NameOf(object @event) => _byType.TryGetValue(@event.GetType(), out var name)
        ? name
        : throw new InvalidOperationException($"Event type {@event.GetType().Name} is not registered with a stable name.");

    /// <summary>Whether a stored name can be read.</summary>
    public bool IsKnown(string name) => _byName.ContainsKey(name) || _upcasters.ContainsKey(name);

    internal string Serialize(object @event) => JsonSerializer.Serialize(@event, @event.GetType(), Json);

    internal object Deserialize(string name, string json)
    {
        if (_byName.TryGetValue(name, out var type))
            return JsonSerializer.Deserialize(json, type, Json)
                ?? throw new InvalidOperationException($"Event of type '{name}' has null data.");
        if (_upcasters.TryGetValue(name, out var upcast))
        {
            using var doc = JsonDocument.Parse(json);
            return upcast(doc.RootElement);
        }
        // Unknown to this reader (e.g. written by a newer version): keep the raw JSON instead of failing the feed.
        return new UnknownEvent(name, json);
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

/// <summary>An event whose type this process does not know; carried as raw JSON.</summary>
public sealed record UnknownEvent(string Type, string Json);

using System.Text.Json;
using Marten;
using Marten.Services.Json.Transformations.SystemTextJson;

namespace ChildProtection.ServiceDefaults.EventSourcing;

/// <summary>
/// The stable names (<c>registry.child-registered.v1</c>) a service stores its events under, never CLR names, and the
/// upcasters that read an older name into its newer record. Stored names never change.
/// </summary>
public sealed class EventTypes
{
    private readonly Dictionary<string, Type> _byName = new(StringComparer.Ordinal);
    private readonly List<Action<StoreOptions>> _upcasters = [];

    /// <summary>Registers <typeparamref name="T"/> under its stable name.</summary>
    public EventTypes Register<T>(string name) where T : class
    {
        if (_byName.TryGetValue(name, out var existing) && existing != typeof(T))
            throw new InvalidOperationException($"Event type name '{name}' is already registered for {existing.Name}.");
        _byName[name] = typeof(T);
        return this;
    }

    /// <summary>Reads events stored under <paramref name="oldName"/> as <typeparamref name="T"/>.</summary>
    public EventTypes Upcast<T>(string oldName, Func<JsonElement, T> upcast) where T : class
    {
        _upcasters.Add(o => o.Events.Upcast<T>(oldName, JsonTransformations.Upcast<T>(json => upcast(json.RootElement))));
        return this;
    }

    /// <summary>The registered names, for tests that pin them.</summary>
    public IReadOnlyDictionary<string, Type> Names => _byName;

    internal void ApplyTo(StoreOptions options)
    {
        foreach (var (name, type) in _byName) options.Events.MapEventType(type, name);
        foreach (var upcaster in _upcasters) upcaster(options);
    }
}

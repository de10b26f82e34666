using System.Text.Json.Serialization;

namespace ChildProtection.Jurisdictions;

/// <summary>
/// A value a pack may set or leave out. Unlike a plain nullable, it tells "left out: inherit" (the
/// default, since the serializer never calls the converter for an absent property) from "set to null".
/// </summary>
[JsonConverter(typeof(SettingJsonConverterFactory))]
internal readonly struct Setting<T>
{
    public Setting(T value)
    {
        IsSet = true;
        Value = value;
    }

    public bool IsSet { get; }

    public T Value { get; }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildProtection.Jurisdictions;

/// <summary>Reads a present pack field into a set <see cref="Setting{T}"/>; null only where T is a nullable value type.</summary>
internal sealed class SettingJsonConverterFactory : JsonConverterFactory
{
    /// <summary><see cref="Exception.Data"/> key of the path inside the field where a nested read failed (e.g. <c>[0].from</c>).</summary>
    public const string InnerPathKey = "ChildProtection.Policies.InnerPath";

    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Setting<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(
            typeof(SettingJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class SettingJsonConverter<T> : JsonConverter<Setting<T>>
    {
        private static readonly bool NullAllowed = Nullable.GetUnderlyingType(typeof(T)) is not null;

        public override Setting<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null && !NullAllowed)
            {
                throw new JsonException("null is not allowed here; leave the field out to inherit it.");
            }
            try
            {
                return new Setting<T>(JsonSerializer.Deserialize<T>(ref reader, options)!);
            }
            catch (JsonException e) when (e.Path is { } innerPath)
            {
                // The nested read reports paths from this field ("$" or "$[0].from"); without a path of its own the
                // rethrown exception gets the field's path from the serializer, and the reader joins the two.
                var rethrown = new JsonException(e.Message, e);
                rethrown.Data[InnerPathKey] = innerPath[1..];
                throw rethrown;
            }
        }

        public override void Write(Utf8JsonWriter writer, Setting<T> value, JsonSerializerOptions options)
        {
            if (value.IsSet)
            {
                JsonSerializer.Serialize(writer, value.Value, options);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}

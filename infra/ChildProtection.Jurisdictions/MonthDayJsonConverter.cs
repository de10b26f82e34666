using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildProtection.Jurisdictions;

/// <summary>Reads and writes <see cref="MonthDay"/> as the string <c>MM-dd</c>.</summary>
public sealed class MonthDayJsonConverter : JsonConverter<MonthDay>
{
    /// <inheritdoc />
    public override MonthDay Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        // A JsonException without a path gets the field's path filled in by the serializer.
        return MonthDay.TryParse(text, out var value)
            ? value
            : throw new JsonException($"'{text ?? reader.TokenType.ToString()}' is not a month-day (\"MM-dd\", e.g. \"11-15\").");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, MonthDay value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

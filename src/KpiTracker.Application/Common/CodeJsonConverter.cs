using System.Text.Json;
using System.Text.Json.Serialization;

namespace KpiTracker.Application.Common;

/// <summary>
/// An enum on the wire as its lower snake case code (<see cref="Codes"/>), the same text the DTO carried when it was a string.
/// Put on the DTO's property, so every serializer (the API's, a test's, a client's) reads and writes the same JSON.
/// </summary>
public sealed class CodeJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Codes.TryParse<TEnum>(reader.GetString(), out var value) ? value : throw new JsonException($"Not a {typeof(TEnum).Name} code.");

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToCode());
    }
}

/// <summary>A list of enums as a JSON array of their codes (see <see cref="CodeJsonConverter{TEnum}"/>).</summary>
public sealed class CodeListJsonConverter<TEnum> : JsonConverter<IReadOnlyList<TEnum>>
    where TEnum : struct, Enum
{
    private static readonly CodeJsonConverter<TEnum> Item = new();

    public override IReadOnlyList<TEnum> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected an array of codes.");
        }

        var values = new List<TEnum>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(Item.Read(ref reader, typeof(TEnum), options));
        }

        return values;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<TEnum> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            Item.Write(writer, item, options);
        }

        writer.WriteEndArray();
    }
}

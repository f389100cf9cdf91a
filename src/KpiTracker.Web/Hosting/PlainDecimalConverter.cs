using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KpiTracker.Web.Hosting;

/// <summary>
/// Writes decimals without the storage scale's trailing zeros (70, not 70.000000), so the API shows numbers as
/// people wrote them; reading is unchanged.
/// </summary>
internal sealed class PlainDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteRawValue((value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
}

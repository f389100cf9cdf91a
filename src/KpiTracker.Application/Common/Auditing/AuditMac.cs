using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace KpiTracker.Application.Common.Auditing;

/// <summary>
/// The keyed MAC of an audit record: HMAC-SHA256 over what the application supplies (who, role, action, entity, values,
/// reason, address, correlation) with the record's nonce and the time the application signed it. The database's own fields
/// (sequence, time, hashes) are not covered: the trigger sets them, and verify checks the database's time against the
/// signed one. Each field is written with its length, so no content can move between fields. JSON values are covered by
/// their meaning (keys sorted, strings decoded, numbers normalised), because <c>jsonb</c> stores them in a form of its own.
/// </summary>
public static class AuditMac
{
    private const string Domain = "kpi-audit-v1";

    public static string Compute(AuditKey key, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(entry);
        var message = new StringBuilder(Domain);
        foreach (var field in Fields(entry))
        {
            message.Append('|');
            message.Append(field is null ? "-" : $"{field.Length}:{field}");
        }

        return Convert.ToHexStringLower(HMACSHA256.HashData(key.Secret, Encoding.UTF8.GetBytes(message.ToString())));
    }

    /// <summary>Whether <paramref name="mac"/> is the MAC of <paramref name="entry"/> under <paramref name="key"/> (in constant time).</summary>
    public static bool Matches(AuditKey key, AuditEntry entry, string mac) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(key, entry)), Encoding.ASCII.GetBytes(mac));

    /// <summary>The time a record is signed with, to the microsecond PostgreSQL keeps.</summary>
    public static DateTimeOffset Microseconds(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % 10), TimeSpan.Zero);

    private static IEnumerable<string?> Fields(AuditEntry e) =>
    [
        e.MacKey, e.MacNonce?.ToString("N"), e.SignedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        e.UserId?.ToString("N"), e.UserName, e.Role, e.Action, e.Entity, e.EntityKey,
        CanonicalJson(e.OldValues), CanonicalJson(e.NewValues), e.Reason, e.ClientAddress, e.CorrelationId,
    ];

    private static string? CanonicalJson(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        var text = new StringBuilder();
        Write(document.RootElement, text);
        return text.ToString();
    }

    private static void Write(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                text.Append('{');
                var first = true;
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    text.Append(first ? "" : ",").Append(JsonSerializer.Serialize(property.Name)).Append(':');
                    Write(property.Value, text);
                    first = false;
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    text.Append(index++ > 0 ? "," : "");
                    Write(item, text);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                text.Append(JsonSerializer.Serialize(element.GetString()));
                break;
            case JsonValueKind.Number:
                text.Append(element.TryGetDecimal(out var number)
                    ? number.ToString("G29", CultureInfo.InvariantCulture)
                    : element.GetDouble().ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(element.GetRawText());
                break;
        }
    }
}

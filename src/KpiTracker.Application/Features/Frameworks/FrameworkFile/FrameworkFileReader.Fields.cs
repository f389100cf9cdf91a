using System.Text.Json;
using System.Text.RegularExpressions;

namespace KpiTracker.Application.Features.Frameworks.FrameworkFile;

/// <summary>Typed reads of one JSON field each: a wrong kind, a missing required field or an unknown key is a problem at its path.</summary>
internal sealed partial class FrameworkFileReader
{
    private TEnum? Enum<TEnum>(JsonElement item, string path, string key, string unknownCode)
        where TEnum : struct, Enum
    {
        var text = String(item, path, key, required: true);
        if (text is null)
        {
            return null;
        }

        if (Codes.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        Problem($"{path}.{key}", unknownCode, text);
        return null;
    }

    private (string? Ar, string? En) Names(JsonElement item, string path, string key, bool required)
    {
        if (!item.TryGetProperty(key, out var element))
        {
            if (required)
            {
                Problem($"{path}.{key}", "required");
            }

            return (null, null);
        }

        var p = $"{path}.{key}";
        if (!Expect(element, JsonValueKind.Object, p))
        {
            return (null, null);
        }

        CheckKeys(element, p, NameKeys);
        return (String(element, p, "ar", required: true), String(element, p, "en", required: true));
    }

    private string? String(JsonElement item, string path, string key, bool required)
    {
        if (!item.TryGetProperty(key, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Problem($"{path}.{key}", "required");
            }

            return null;
        }

        if (!Expect(element, JsonValueKind.String, $"{path}.{key}"))
        {
            return null;
        }

        var text = element.GetString()!.Trim();
        if (text.Length == 0 && required)
        {
            Problem($"{path}.{key}", "required");
            return null;
        }

        return text;
    }

    private decimal? Number(JsonElement item, string path, string key, bool required)
    {
        if (!item.TryGetProperty(key, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Problem($"{path}.{key}", "required");
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDecimal(out var value))
        {
            Problem($"{path}.{key}", "type.number");
            return null;
        }

        return value;
    }

    private long? Integer(JsonElement item, string path, string key, bool required)
    {
        var number = Number(item, path, key, required);
        if (number is { } n && (decimal.Truncate(n) != n || n < int.MinValue || n > int.MaxValue))
        {
            Problem($"{path}.{key}", "type.integer");
            return null;
        }

        return (long?)number;
    }

    private bool? Boolean(JsonElement item, string path, string key)
    {
        if (!item.TryGetProperty(key, out var element))
        {
            return null;
        }

        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        Problem($"{path}.{key}", "type.boolean");
        return null;
    }

    private JsonElement? Array(JsonElement item, string path, string key, bool required)
    {
        if (!item.TryGetProperty(key, out var element))
        {
            if (required)
            {
                Problem($"{path}.{key}", "required");
            }

            return null;
        }

        return Expect(element, JsonValueKind.Array, $"{path}.{key}") ? element : null;
    }

    private bool Expect(JsonElement element, JsonValueKind kind, string path)
    {
        if (element.ValueKind == kind)
        {
            return true;
        }

        Problem(path, kind switch
        {
            JsonValueKind.Object => "type.object",
            JsonValueKind.Array => "type.array",
            _ => "type.string",
        });
        return false;
    }

    private void CheckKeys(JsonElement element, string path, HashSet<string> known)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                Problem($"{path}.{property.Name}", "unknown_key");
            }
        }
    }

    private void Problem(string path, string code, params object[] args) =>
        _problems.Add(new FieldError(path, code, Messages.Get(code, args)));

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,39}$")]
    private static partial Regex EditionCodePattern();

    [GeneratedRegex("^[A-Z][A-Z0-9]{0,9}(-[A-Z0-9]{1,10})?$")]
    private static partial Regex ItemCodePattern();
}

using System.Text.Json;
using System.Text.RegularExpressions;
using KpiTracker.Application.Common;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Frameworks;

namespace KpiTracker.Application.Features.Frameworks.ImportFramework;

/// <summary>
/// Reads a framework definition file (docs/framework-format.md) and checks all of it before anything is built:
/// every problem is reported with its JSON path, and a file with any problem yields no edition.
/// </summary>
internal sealed partial class FrameworkFileReader
{
    public const int FormatVersion = 1;

    private static readonly HashSet<string> RootKeys = ["formatVersion", "code", "name", "bands", "trafficLights", "criteria", "indicators"];
    private static readonly HashSet<string> NameKeys = ["ar", "en"];
    private static readonly HashSet<string> BandKeys = ["code", "name", "minScore"];
    private static readonly HashSet<string> LightKeys = ["green", "amber"];
    private static readonly HashSet<string> CriterionKeys = ["code", "name", "weight"];
    private static readonly HashSet<string> RangeKeys = ["min", "max"];
    private static readonly HashSet<string> BoundsKeys = ["lowerZero", "targetLow", "targetHigh", "upperZero"];
    private static readonly HashSet<string> IndicatorKeys =
    [
        "code", "criterion", "name", "definition", "unit", "direction", "source", "lower", "target", "range", "weight",
        "evidenceRequired", "allowedRange", "expectedRange", "minSurveySample",
    ];

    private readonly List<FieldError> _problems = [];

    private FrameworkFileReader()
    {
    }

    public static (EditionSpec? Spec, IReadOnlyList<FieldError> Problems) Read(string? text)
    {
        var reader = new FrameworkFileReader();
        var spec = reader.ReadFile(text);
        return reader._problems.Count == 0 ? (spec, []) : (null, reader._problems);
    }

    private EditionSpec? ReadFile(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Problem("$", "json.empty");
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            Problem("$", "json.invalid", (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1);
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (!Expect(root, JsonValueKind.Object, "$"))
            {
                return null;
            }

            CheckKeys(root, "$", RootKeys);
            if (Integer(root, "$", "formatVersion", required: true) is { } version && version != FormatVersion)
            {
                Problem("$.formatVersion", "format.version.unsupported", FormatVersion);
            }

            var code = String(root, "$", "code", required: true);
            if (code is not null && !EditionCodePattern().IsMatch(code))
            {
                Problem("$.code", "edition.code.invalid");
            }

            var (nameAr, nameEn) = Names(root, "$", "name", required: true);
            var bands = ReadBands(root);
            var lights = ReadTrafficLights(root);
            var criteria = ReadCriteria(root);
            var indicators = ReadIndicators(root, criteria);

            if (criteria is not null && indicators is not null)
            {
                for (var i = 0; i < criteria.Count; i++)
                {
                    if (!indicators.Any(x => x.CriterionCode == criteria[i].Code))
                    {
                        Problem($"$.criteria[{i}]", "criterion.no_indicators", criteria[i].Code);
                    }
                }
            }

            return _problems.Count > 0
                ? null
                : new EditionSpec(code!, nameAr!, nameEn!, bands!, lights!, criteria!, indicators!);
        }
    }

    private List<BandSpec>? ReadBands(JsonElement root)
    {
        if (Array(root, "$", "bands", required: true) is not { } array)
        {
            return null;
        }

        var bands = new List<BandSpec>();
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = $"$.bands[{i++}]";
            if (!Expect(item, JsonValueKind.Object, path))
            {
                continue;
            }

            CheckKeys(item, path, BandKeys);
            var code = String(item, path, "code", required: true);
            var (ar, en) = Names(item, path, "name", required: true);
            var min = Number(item, path, "minScore", required: true);
            if (code is not null && ar is not null && en is not null && min is not null)
            {
                bands.Add(new BandSpec(code, ar, en, min.Value));
            }
        }

        var ordered = bands.Count > 0
            && bands.Select(b => b.Code).Distinct(StringComparer.Ordinal).Count() == bands.Count
            && bands.Zip(bands.Skip(1)).All(p => p.First.MinScore > p.Second.MinScore)
            && bands[^1].MinScore == 0m
            && bands[0].MinScore <= 100m;
        if (!ordered && bands.Count == i)
        {
            Problem("$.bands", "band.invalid");
        }

        return bands;
    }

    private TrafficLightThresholds? ReadTrafficLights(JsonElement root)
    {
        if (!root.TryGetProperty("trafficLights", out var element))
        {
            return TrafficLightThresholds.Default;
        }

        if (!Expect(element, JsonValueKind.Object, "$.trafficLights"))
        {
            return null;
        }

        CheckKeys(element, "$.trafficLights", LightKeys);
        var green = Number(element, "$.trafficLights", "green", required: true);
        var amber = Number(element, "$.trafficLights", "amber", required: true);
        if (green is null || amber is null)
        {
            return null;
        }

        if (!(amber > 0 && amber < green && green <= 100))
        {
            Problem("$.trafficLights", "traffic_lights.invalid");
            return null;
        }

        return new TrafficLightThresholds(green.Value, amber.Value);
    }

    private List<CriterionSpec>? ReadCriteria(JsonElement root)
    {
        if (Array(root, "$", "criteria", required: true) is not { } array)
        {
            return null;
        }

        if (array.GetArrayLength() == 0)
        {
            Problem("$.criteria", "criteria.empty");
            return null;
        }

        var criteria = new List<CriterionSpec>();
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = $"$.criteria[{i++}]";
            if (!Expect(item, JsonValueKind.Object, path))
            {
                continue;
            }

            CheckKeys(item, path, CriterionKeys);
            var code = String(item, path, "code", required: true);
            if (code is not null && !ItemCodePattern().IsMatch(code))
            {
                Problem($"{path}.code", "code.invalid");
                code = null;
            }
            else if (code is not null && criteria.Any(c => c.Code == code))
            {
                Problem($"{path}.code", "criterion.code.duplicate", code);
                code = null;
            }

            var (ar, en) = Names(item, path, "name", required: true);
            var weight = Number(item, path, "weight", required: false) ?? 1m;
            if (weight <= 0)
            {
                Problem($"{path}.weight", "criterion.weight.not_positive");
            }

            if (code is not null && ar is not null && en is not null)
            {
                criteria.Add(new CriterionSpec(code, ar, en, weight));
            }
        }

        return criteria;
    }

    private List<(string CriterionCode, IndicatorSpec Indicator)>? ReadIndicators(JsonElement root, List<CriterionSpec>? criteria)
    {
        if (Array(root, "$", "indicators", required: true) is not { } array)
        {
            return null;
        }

        var indicators = new List<(string, IndicatorSpec)>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = $"$.indicators[{i++}]";
            if (!Expect(item, JsonValueKind.Object, path))
            {
                continue;
            }

            if (ReadIndicator(item, path, criteria, codes) is { } pair)
            {
                indicators.Add(pair);
            }
        }

        return indicators;
    }

    private (string, IndicatorSpec)? ReadIndicator(JsonElement item, string path, List<CriterionSpec>? criteria, HashSet<string> codes)
    {
        var before = _problems.Count;
        CheckKeys(item, path, IndicatorKeys);
        var code = String(item, path, "code", required: true);
        if (code is not null && !ItemCodePattern().IsMatch(code))
        {
            Problem($"{path}.code", "code.invalid");
        }
        else if (code is not null && !codes.Add(code))
        {
            Problem($"{path}.code", "indicator.code.duplicate", code);
        }

        var criterion = String(item, path, "criterion", required: true);
        if (criterion is not null && criteria is not null && !criteria.Any(c => c.Code == criterion))
        {
            Problem($"{path}.criterion", "indicator.criterion.unknown", criterion);
        }

        var (nameAr, nameEn) = Names(item, path, "name", required: true);
        var (defAr, defEn) = Names(item, path, "definition", required: false);
        var unit = Enum<IndicatorUnit>(item, path, "unit", "indicator.unit.unknown");
        var direction = Enum<IndicatorDirection>(item, path, "direction", "indicator.direction.unknown");
        var source = Enum<SourceType>(item, path, "source", "indicator.source.unknown");
        var needsLowerTarget = direction is IndicatorDirection.Up or IndicatorDirection.Down;
        var lower = Number(item, path, "lower", required: needsLowerTarget);
        var target = Number(item, path, "target", required: needsLowerTarget);
        var range = ReadRange(item, path, direction);
        var weight = Number(item, path, "weight", required: false) ?? 1m;
        var evidence = Boolean(item, path, "evidenceRequired") ?? (source is { } s && IndicatorSpec.EvidenceRequiredFor(s));
        var defaults = unit is { } u ? IndicatorSpec.DefaultAllowedRange(u) : (null, null);
        var allowed = MinMax(item, path, "allowedRange") ?? defaults;
        var expected = MinMax(item, path, "expectedRange") ?? (null, null);
        var minSample = Integer(item, path, "minSurveySample", required: false);

        if (_problems.Count > before || unit is null || direction is null || source is null)
        {
            return null;
        }

        var spec = new IndicatorSpec
        {
            Code = code!,
            NameAr = nameAr!,
            NameEn = nameEn!,
            DefinitionAr = defAr ?? "",
            DefinitionEn = defEn ?? "",
            Unit = unit.Value,
            Direction = direction.Value,
            Source = source.Value,
            Lower = lower,
            Target = target,
            Range = range,
            Weight = weight,
            EvidenceRequired = evidence,
            AllowedMin = allowed.Item1,
            AllowedMax = allowed.Item2,
            ExpectedMin = expected.Item1,
            ExpectedMax = expected.Item2,
            MinSurveySample = minSample is { } n ? (int)n : null,
        };
        foreach (var violation in spec.Check())
        {
            Problem($"{path}.{violation.Field}", violation.Code, violation.Args);
        }

        return _problems.Count > before ? null : (criterion!, spec);
    }

    private RangeBounds? ReadRange(JsonElement item, string path, IndicatorDirection? direction)
    {
        if (!item.TryGetProperty("range", out var element))
        {
            return null;
        }

        var rangePath = $"{path}.range";
        if (!Expect(element, JsonValueKind.Object, rangePath))
        {
            return null;
        }

        CheckKeys(element, rangePath, BoundsKeys);
        var a = Number(element, rangePath, "lowerZero", required: true);
        var b = Number(element, rangePath, "targetLow", required: true);
        var c = Number(element, rangePath, "targetHigh", required: true);
        var d = Number(element, rangePath, "upperZero", required: true);
        return direction == IndicatorDirection.Range && a is not null && b is not null && c is not null && d is not null
            ? new RangeBounds(a.Value, b.Value, c.Value, d.Value)
            : null;
    }

    private (decimal?, decimal?)? MinMax(JsonElement item, string path, string key)
    {
        if (!item.TryGetProperty(key, out var element))
        {
            return null;
        }

        var p = $"{path}.{key}";
        if (!Expect(element, JsonValueKind.Object, p))
        {
            return null;
        }

        CheckKeys(element, p, RangeKeys);
        return (Number(element, p, "min", required: false), Number(element, p, "max", required: false));
    }

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

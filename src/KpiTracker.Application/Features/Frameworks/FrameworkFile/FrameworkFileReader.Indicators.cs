using System.Text.Json;

namespace KpiTracker.Application.Features.Frameworks.FrameworkFile;

/// <summary>The indicators of a framework file: each one's fields, its direction with its bounds, and its ranges.</summary>
internal sealed partial class FrameworkFileReader
{
    private static readonly HashSet<string> RangeKeys = ["min", "max"];
    private static readonly HashSet<string> BoundsKeys = ["lowerZero", "targetLow", "targetHigh", "upperZero"];
    private static readonly HashSet<string> IndicatorKeys =
    [
        "code", "criterion", "name", "definition", "unit", "direction", "source", "lower", "target", "range", "weight",
        "evidenceRequired", "allowedRange", "expectedRange", "minSurveySample",
    ];

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
}

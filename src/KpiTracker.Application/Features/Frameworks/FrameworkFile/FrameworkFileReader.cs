using System.Text.Json;

namespace KpiTracker.Application.Features.Frameworks.FrameworkFile;

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
}

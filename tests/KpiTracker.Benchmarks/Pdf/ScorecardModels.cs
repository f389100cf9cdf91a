using KpiTracker.Reports.Documents;
using static KpiTracker.Reports.Tests.SampleCatalogue;

namespace KpiTracker.Benchmarks.Pdf;

/// <summary>
/// Realistic scorecards of a final cycle for each of the 11 governorates in both languages, built the way the report tests build
/// theirs (the same catalogue of 7 criteria and 35 indicators, linked from tests/KpiTracker.Reports.Tests/SampleCatalogue.cs),
/// without randomness: each governorate has its own level, varied per indicator; one indicator is missing and one not
/// applicable in every other governorate, so both notes and the grey dash appear.
/// </summary>
public static class ScorecardModels
{
    private static readonly int[] Levels = [9, 6, 2, 4, 7, 5, 8, 3, 1, 6, 0];
    private static readonly DateTimeOffset GeneratedAt = new(2027, 5, 2, 6, 30, 0, TimeSpan.Zero);

    /// <summary>A configured logo, decoded once as the application decodes it (a 160 px PNG emblem).</summary>
    private static readonly Lazy<SkiaSharp.SKImage> Logo = new(() =>
    {
        using var bitmap = new SkiaSharp.SKBitmap(160, 160);
        using (var canvas = new SkiaSharp.SKCanvas(bitmap))
        {
            using var paint = new SkiaSharp.SKPaint { IsAntialias = true, Color = new SkiaSharp.SKColor(0x1F, 0x3A, 0x5F) };
            canvas.DrawCircle(80, 80, 76, paint);
        }

        using var png = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return SkiaSharp.SKImage.FromEncodedData(png);
    });

    public static int Count => Governorates.Length;

    public static ScorecardModel For(int g, ReportLanguage language)
    {
        var ar = language == ReportLanguage.Arabic;
        var values = Values(g);
        var groups = new List<IndicatorGroup>();
        for (var c = 0; c < Criteria.Length; c++)
        {
            var rows = new List<IndicatorResult>();
            for (var i = c * 5; i < (c * 5) + 5; i++)
            {
                var (code, nameAr, nameEn, unit, l, t) = Indicators[i];
                var status = IsNotApplicable(g, i) ? IndicatorStatus.NotApplicable : values[i] is null ? IndicatorStatus.Missing : IndicatorStatus.Value;
                var score = status == IndicatorStatus.Value ? Score(values[i]!.Value, l, t) : (decimal?)null;
                rows.Add(new IndicatorResult(code, ar ? nameAr : nameEn, UnitLabel(unit, ar), status == IndicatorStatus.Value ? values[i] : null,
                    TargetText(i, ar), score, Light(score), score is null ? null : ((i % 5) - 2) * 1.35m, status, null));
            }

            groups.Add(new IndicatorGroup(Criteria[c].Code, ar ? Criteria[c].Ar : Criteria[c].En, rows));
        }

        var scores = Enumerable.Range(0, Count).Select(CriterionScores).ToArray();
        var overall = scores.Select(s => s.Average()).ToArray();
        var rounded = overall.Select(o => Math.Round(o, 1, MidpointRounding.AwayFromZero)).ToArray();
        var criteria = Enumerable.Range(0, Criteria.Length).Select(c => new CriterionResult(
            Criteria[c].Code, ar ? Criteria[c].Ar : Criteria[c].En, scores[g][c], BandOf(scores[g][c]), BandName(BandOf(scores[g][c]), ar),
            Median(scores.Select(s => s[c])), ((c % 3) - 1) * 2.25m)).ToList();
        var notes = new List<ReportNote>
        {
            new(Indicators[MissingIndex(g)].Code, IndicatorStatus.Missing, ar
                ? "لم تُقدَّم قيمة معتمدة قبل انتهاء فترة الإدخال؛ احتُسبت الدرجة صفرًا في النتيجة النهائية."
                : "No accepted value was submitted before expiry; it scores 0 in the final result."),
        };
        if (g % 2 == 0)
        {
            notes.Add(new(Indicators[NotApplicableIndex].Code, IndicatorStatus.NotApplicable, ar
                ? "وافق الفريق المركزي على عدم الانطباق لعدم وجود سنة أساس للقياس (2025)."
                : "The central team approved not applicable: no base year (2025) to measure against."));
        }

        return new ScorecardModel(language, new OrganisationRef(Governorates[g].Code, ar ? Governorates[g].Ar : Governorates[g].En), 2026,
            new EditionRef("IIS-2024", ar ? "منظومة الإبداع المؤسسي" : "Institutional Innovation System"), ScoreKind.Final, GeneratedAt,
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            new OverallResult(overall[g], BandOf(overall[g]), BandName(BandOf(overall[g]), ar), 1 + rounded.Count(o => o > rounded[g]), Count,
                2.3m, false, 33m / 34m, 33, 34),
            criteria, groups, new DataQualitySummary(91.4m - (g / 3m), 97.1m - g, 88.2m + (g / 2m), 94.1m, 82.4m - g, 100m - (g % 3)), notes,
            [.. new[] { 2024, 2025, 2026 }.Select(y => new TrendYear(y, ScoreKind.Final, overall[g] - (2026 - y), false,
                criteria.ToDictionary(c => c.Code, c => c.Score - (2026 - y))))],
            new ReportIdentity(ar ? "وزارة الداخلية" : "Ministry of Interior", ar ? "دائرة التخطيط وقياس الأداء" : "Planning and Performance Measurement Department", Logo.Value));
    }

    private const int NotApplicableIndex = 32;

    private static int MissingIndex(int g) => 10 + g;

    private static bool IsNotApplicable(int g, int i) => g % 2 == 0 && i == NotApplicableIndex;

    private static decimal?[] Values(int g)
    {
        var values = new decimal?[Indicators.Length];
        for (var i = 0; i < Indicators.Length; i++)
        {
            var (_, _, _, unit, l, t) = Indicators[i];
            var share = 0.30m + (Levels[g] * 0.075m) + (((((g * 29) + (i * 53)) % 41) - 20) / 100m);
            var raw = l + ((t - l) * share);
            values[i] = unit == Unit.Count ? Math.Max(0, Math.Round(raw, 0, MidpointRounding.AwayFromZero))
                : Math.Clamp(Math.Round(raw, 1, MidpointRounding.AwayFromZero), 0, unit is Unit.Percent or Unit.Score ? 100 : decimal.MaxValue);
        }

        values[MissingIndex(g)] = null;
        return values;
    }

    private static decimal[] CriterionScores(int g)
    {
        var values = Values(g);
        return [.. Enumerable.Range(0, Criteria.Length).Select(c => Enumerable.Range(c * 5, 5).Where(i => !IsNotApplicable(g, i))
            .Select(i => values[i] is { } v ? Score(v, Indicators[i].L, Indicators[i].T) : 0m).Average())];
    }

    private static decimal Score(decimal value, decimal l, decimal t) => 100m * Math.Clamp((value - l) / (t - l), 0m, 1m);

    private static decimal Median(IEnumerable<decimal> source)
    {
        var values = source.Order().ToList();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static Band? BandOf(decimal? score) => score is not { } s ? null
        : Math.Round(s, 1, MidpointRounding.AwayFromZero) switch
        {
            >= 90 => Band.Leading,
            >= 75 => Band.Advanced,
            >= 60 => Band.Established,
            >= 40 => Band.Developing,
            _ => Band.Initial,
        };

    public static string? BandName(Band? band, bool ar) => band switch
    {
        Band.Leading => ar ? "رائد" : "Leading",
        Band.Advanced => ar ? "متقدم" : "Advanced",
        Band.Established => ar ? "متمكن" : "Established",
        Band.Developing => ar ? "نامٍ" : "Developing",
        Band.Initial => ar ? "مبتدئ" : "Initial",
        _ => null,
    };

    private static TrafficLight Light(decimal? score) => score is not { } s ? TrafficLight.Grey
        : Math.Round(s, 1, MidpointRounding.AwayFromZero) switch
        {
            >= 90 => TrafficLight.Green,
            >= 70 => TrafficLight.Amber,
            _ => TrafficLight.Red,
        };

    private static string UnitLabel(Unit unit, bool ar) => unit switch
    {
        Unit.Percent => "%",
        Unit.Score => ar ? "درجة" : "pts",
        Unit.Count => ar ? "عدد" : "no.",
        _ => ar ? "يوم عمل" : "days",
    };

    private static string TargetText(int index, bool ar)
    {
        var (code, _, _, unit, _, t) = Indicators[index];
        if (code == "PAO-05")
        {
            return "90–100%";
        }

        var target = t.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        return unit == Unit.Percent ? target + "%" : target + " " + UnitLabel(unit, ar);
    }
}

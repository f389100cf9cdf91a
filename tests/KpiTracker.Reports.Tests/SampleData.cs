using System.Globalization;
using KpiTracker.Reports.Documents;
using static KpiTracker.Reports.Tests.SampleCatalogue;

namespace KpiTracker.Reports.Tests;

/// <summary>
/// A fixed, realistic final cycle (2026) for the 11 governorates, built without randomness so documents and their
/// reference images never change unless the code does. North Al Batinah carries DOMAIN's worked example for CUS.
/// </summary>
internal static partial class SampleData
{
    public const string FeaturedGovernorate = "OM-BS";
    public const string InputHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    public static readonly DateTimeOffset GeneratedAt = new(2027, 5, 2, 6, 30, 0, TimeSpan.Zero);

    private static readonly decimal[] WorkedExampleCus = [85.7m, 78m, 82m, 94m, 8m];

    // How far along from L to T each governorate usually gets, in steps of 7.5 % from 30 %.
    private static readonly int[] Levels = [9, 6, 2, 4, 7, 5, 8, 3, 1, 6, 0];
    private static readonly Lazy<Cycle> Data = new(BuildCycle);

    public static ScorecardModel Scorecard(ReportLanguage language, Func<int, string>? indicatorName = null, Func<int, decimal?>? valueOverride = null)
    {
        var ar = language == ReportLanguage.Arabic;
        var g = Array.FindIndex(Governorates, x => x.Code == FeaturedGovernorate);
        var cycle = Data.Value;
        var values = cycle.Values[g].ToArray();
        if (valueOverride is not null)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = valueOverride(i) ?? values[i];
            }
        }

        var groups = new List<IndicatorGroup>();
        for (var c = 0; c < Criteria.Length; c++)
        {
            var rows = new List<IndicatorResult>();
            for (var i = c * 5; i < (c * 5) + 5; i++)
            {
                var (code, nameAr, nameEn, unit, l, t) = Indicators[i];
                var status = i == NotApplicableIndex ? IndicatorStatus.NotApplicable : values[i] is null ? IndicatorStatus.Missing : IndicatorStatus.Value;
                var score = status == IndicatorStatus.Value ? Score(values[i]!.Value, l, t) : (decimal?)null;
                var name = indicatorName?.Invoke(i) ?? (ar ? nameAr : nameEn);
                rows.Add(new IndicatorResult(code, name, UnitLabel(unit, ar), status == IndicatorStatus.Value ? values[i] : null,
                    TargetText(i, unit, ar), score, Light(score), score is null ? null : ((i % 5) - 2) * 1.35m,
                    status, null));
            }

            groups.Add(new IndicatorGroup(Criteria[c].Code, ar ? Criteria[c].Ar : Criteria[c].En, rows));
        }

        var criteria = Enumerable.Range(0, Criteria.Length).Select(c => new CriterionResult(
            Criteria[c].Code, ar ? Criteria[c].Ar : Criteria[c].En, cycle.CriterionScores[g][c], BandOf(cycle.CriterionScores[g][c]),
            BandName(BandOf(cycle.CriterionScores[g][c]), ar), cycle.Medians[c], ((c % 3) - 1) * 2.25m)).ToList();
        var overall = cycle.Overall[g];
        var notes = new List<ReportNote>
        {
            new(Indicators[MissingIndex].Code, IndicatorStatus.Missing, ar
                ? "لم تُقدَّم قيمة معتمدة قبل انتهاء فترة الإدخال؛ احتُسبت الدرجة صفرًا في النتيجة النهائية."
                : "No accepted value was submitted before expiry; it scores 0 in the final result."),
            new(Indicators[NotApplicableIndex].Code, IndicatorStatus.NotApplicable, ar
                ? "وافق الفريق المركزي على عدم الانطباق لعدم وجود سنة أساس للقياس (2025)."
                : "The central team approved not applicable: no base year (2025) to measure against."),
        };
        return new ScorecardModel(language, new OrganisationRef(FeaturedGovernorate, ar ? Governorates[g].Ar : Governorates[g].En), 2026,
            new EditionRef("IIS-2024", ar ? "منظومة الإبداع المؤسسي" : "Institutional Innovation System"), ScoreKind.Final, GeneratedAt, InputHash,
            new OverallResult(overall, BandOf(overall), BandName(BandOf(overall), ar), cycle.Ranks[g], Governorates.Length, 2.3m, false, 33m / 34m, 33, 34),
            criteria, groups, new DataQualitySummary(91.4m, 97.1m, 88.2m, 94.1m, 82.4m, 94.3m), notes, Trend(criteria, overall), Identity(ar));
    }

    public static ComparisonModel Comparison(ReportLanguage language)
    {
        var ar = language == ReportLanguage.Arabic;
        var cycle = Data.Value;
        var criteria = Enumerable.Range(0, Criteria.Length)
            .Select(c => new ComparisonCriterion(Criteria[c].Code, ar ? Criteria[c].Ar : Criteria[c].En, cycle.Medians[c])).ToList();
        var rows = Enumerable.Range(0, Governorates.Length)
            .OrderBy(g => cycle.Ranks[g]).ThenBy(g => Governorates[g].Code, StringComparer.Ordinal)
            .Select(g => new GovernorateComparison(Governorates[g].Code, ar ? Governorates[g].Ar : Governorates[g].En, cycle.Ranks[g],
                cycle.Overall[g], BandOf(cycle.Overall[g]), BandName(BandOf(cycle.Overall[g]), ar), ((g * 5) % 7) - 3,
                cycle.CriterionScores[g].Select(s => new CriterionScore(s, BandOf(s))).ToList(), Coverage(g), Coverage(g) < 2m / 3m))
            .ToList();
        return new ComparisonModel(language, 2026, new EditionRef("IIS-2024", ar ? "منظومة الإبداع المؤسسي" : "Institutional Innovation System"),
            ScoreKind.Final, GeneratedAt, InputHash, criteria, rows, Bands(ar), Identity(ar));
    }

    private const int MissingIndex = 17;
    private const int NotApplicableIndex = 32;

    private static Cycle BuildCycle()
    {
        var values = new decimal?[Governorates.Length][];
        var criterionScores = new decimal?[Governorates.Length][];
        var overall = new decimal?[Governorates.Length];
        for (var g = 0; g < Governorates.Length; g++)
        {
            values[g] = new decimal?[Indicators.Length];
            for (var i = 0; i < Indicators.Length; i++)
            {
                var (_, _, _, unit, l, t) = Indicators[i];
                // Each governorate has its own level (from 30 % to 105 % of the way from L to T), varied per indicator.
                var share = 0.30m + (Levels[g] * 0.075m) + (((((g * 29) + (i * 53)) % 41) - 20) / 100m);
                var raw = l + ((t - l) * share);
                values[g][i] = unit == Unit.Count ? Math.Max(0, Math.Round(raw, 0, MidpointRounding.AwayFromZero))
                    : Math.Clamp(Math.Round(raw, 1, MidpointRounding.AwayFromZero), 0, unit is Unit.Percent or Unit.Score ? 100 : decimal.MaxValue);
            }

            if (Governorates[g].Code == FeaturedGovernorate)
            {
                for (var k = 0; k < 5; k++)
                {
                    values[g][20 + k] = WorkedExampleCus[k];
                }

                values[g][MissingIndex] = null;
            }

            criterionScores[g] = new decimal?[Criteria.Length];
            for (var c = 0; c < Criteria.Length; c++)
            {
                var scores = Enumerable.Range(c * 5, 5).Where(i => !(Governorates[g].Code == FeaturedGovernorate && i == NotApplicableIndex))
                    .Select(i => values[g][i] is { } v ? Score(v, Indicators[i].L, Indicators[i].T) : 0m).ToList();
                criterionScores[g][c] = scores.Average();
            }

            overall[g] = criterionScores[g].Average();
        }

        var medians = Enumerable.Range(0, Criteria.Length)
            .Select(c => (decimal?)Median(criterionScores.Select(s => s[c]!.Value).ToList())).ToArray();
        var rounded = overall.Select(o => Math.Round(o!.Value, 1, MidpointRounding.AwayFromZero)).ToArray();
        var ranks = rounded.Select(r => (int?)(1 + rounded.Count(o => o > r))).ToArray();
        return new Cycle(values, criterionScores, overall, medians, ranks);
    }

    public static decimal Score(decimal value, decimal l, decimal t) => 100m * Math.Clamp((value - l) / (t - l), 0m, 1m);

    public static Band? BandOf(decimal? score) => score is not { } s ? null
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

    private static string TargetText(int index, Unit unit, bool ar)
    {
        if (Indicators[index].Code == "PAO-05")
        {
            return "90–100%";
        }

        var target = Indicators[index].T.ToString("0.##", CultureInfo.InvariantCulture);
        return unit == Unit.Percent ? target + "%" : target + " " + UnitLabel(unit, ar);
    }

    private static decimal Median(List<decimal> values)
    {
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private sealed record Cycle(decimal?[][] Values, decimal?[][] CriterionScores, decimal?[] Overall, decimal?[] Medians, int?[] Ranks);
}

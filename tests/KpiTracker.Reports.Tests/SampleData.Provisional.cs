using KpiTracker.Reports.Documents;
using static KpiTracker.Reports.Tests.SampleCatalogue;

namespace KpiTracker.Reports.Tests;

/// <summary>
/// The worst case the demo produces: an open cycle where only 10 of 35 indicators have an accepted value (coverage below 2/3, so
/// band and rank are not established), no values the year before (every change reads "no value last year"), and 25 identical
/// "no accepted value yet" notes.
/// </summary>
internal static partial class SampleData
{
    public const int ProvisionalValues = 10;

    public static ScorecardModel ProvisionalScorecard(ReportLanguage language)
    {
        var ar = language == ReportLanguage.Arabic;
        var card = Scorecard(language);
        var index = 0;
        var groups = card.IndicatorGroups.Select(g => g with
        {
            Indicators = [.. g.Indicators.Select(i => index++ % 7 < 2 && i.Status == IndicatorStatus.Value
                ? i with { Delta = null }
                : i with { Value = null, Score = null, Delta = null, Status = IndicatorStatus.Missing, Light = TrafficLight.Grey })],
        }).ToList();
        var scored = groups.SelectMany(g => g.Indicators).Where(i => i.Score is not null).ToList();
        var missing = groups.SelectMany(g => g.Indicators).Where(i => i.Status == IndicatorStatus.Missing).ToList();
        var text = ar ? "لا توجد قيمة معتمدة بعد؛ لم تُحتسب في النتيجة المؤقتة." : "No accepted value yet; left out of the provisional result.";
        var overall = scored.Average(i => i.Score);
        return card with
        {
            Kind = ScoreKind.Provisional,
            Overall = new OverallResult(overall, BandOf(overall), BandName(BandOf(overall), ar), 3, Governorates.Length, null, true,
                scored.Count / 34m, scored.Count, 34),
            Criteria = [.. card.Criteria.Select(c => c with { Delta = null })],
            IndicatorGroups = groups,
            Notes = [.. missing.Select(i => new ReportNote(i.Code, IndicatorStatus.Missing, text))],
            Trend = [card.Trend![1] with { Year = 2025 }, card.Trend[2] with { Kind = ScoreKind.Provisional, Overall = overall }],
        };
    }

    public static ComparisonModel ProvisionalComparison(ReportLanguage language) => Comparison(language) with { Kind = ScoreKind.Provisional };
}

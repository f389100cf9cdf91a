using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Tests.Scoring;

/// <summary>Frameworks for the scoring tests; the criterion of an indicator is the part of its code before the dash.</summary>
internal static class SampleFrameworks
{
    public static readonly IReadOnlyList<(string Code, decimal MinScore)> Bands =
        [("leading", 90m), ("advanced", 75m), ("established", 60m), ("developing", 40m), ("initial", 0m)];

    /// <summary>The default edition IIS-2024 of DOMAIN section 3, with equal weights.</summary>
    public static ScoringFramework Iis2024 { get; } = Of(
        Up("LSP-01", 50, 100), Up("LSP-02", 50, 90), Up("LSP-03", 40, 80), Up("LSP-04", 40, 80), Up("LSP-05", 0, 50),
        Up("HCC-01", 40, 80), Up("HCC-02", 40, 80), Up("HCC-03", 20, 60), Up("HCC-04", 70, 100), Down("HCC-05", 10, 2),
        Up("PAO-01", 40, 80), Up("PAO-02", 0, 10), Up("PAO-03", 0, 20), Up("PAO-04", 50, 85), Range("PAO-05", 70, 90, 100, 110),
        Up("INN-01", 0, 5), Up("INN-02", 0, 10), Up("INN-03", 0, 4), Up("INN-04", 0, 2), Up("INN-05", 20, 80),
        Up("CUS-01", 50, 85), Up("CUS-02", 50, 85), Up("CUS-03", 50, 90), Up("CUS-04", 60, 95), Down("CUS-05", 20, 5),
        Up("GOV-01", 60, 100), Up("GOV-02", 70, 100), Up("GOV-03", 40, 90), Up("GOV-04", 40, 90), Up("GOV-05", 30, 90),
        Up("ENV-01", 0, 6), Up("ENV-02", 0, 4), Up("ENV-03", 0, 5), Up("ENV-04", 20, 70), Up("ENV-05", 40, 90));

    public static ScoringIndicator Up(string code, decimal lower, decimal target, decimal weight = 1m) =>
        new(code, CriterionOf(code), IndicatorDirection.Up, lower, target, null, weight);

    public static ScoringIndicator Down(string code, decimal lower, decimal target, decimal weight = 1m) =>
        new(code, CriterionOf(code), IndicatorDirection.Down, lower, target, null, weight);

    public static ScoringIndicator Range(string code, decimal lowerZero, decimal targetLow, decimal targetHigh, decimal upperZero, decimal weight = 1m) =>
        new(code, CriterionOf(code), IndicatorDirection.Range, null, null, new RangeBounds(lowerZero, targetLow, targetHigh, upperZero), weight);

    /// <summary>Criteria in order of first appearance, weight 1 unless given.</summary>
    public static ScoringFramework Of(params ScoringIndicator[] indicators) => Of(new Dictionary<string, decimal>(), indicators);

    public static ScoringFramework Of(IReadOnlyDictionary<string, decimal> criterionWeights, params ScoringIndicator[] indicators)
    {
        var criteria = indicators.Select(i => i.CriterionCode).Distinct()
            .Select((code, order) => new ScoringCriterion(code, criterionWeights.GetValueOrDefault(code, 1m), order + 1))
            .ToList();
        return new ScoringFramework(criteria, indicators, Bands);
    }

    /// <summary>A criterion of <paramref name="count"/> indicators scored 0 → 100, so a value is its own score.</summary>
    public static ScoringIndicator[] Percentages(string criterion, int count = 5) =>
        [.. Enumerable.Range(1, count).Select(i => Up($"{criterion}-{i:00}", 0, 100))];

    public static IndicatorResult[] AllAt(IEnumerable<ScoringIndicator> indicators, decimal value) =>
        [.. indicators.Select(i => IndicatorResult.Accepted(i.Code, value))];

    private static string CriterionOf(string code) => code[..code.IndexOf('-', StringComparison.Ordinal)];
}

using CsCheck;
using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Tests.Scoring;

/// <summary>
/// CsCheck generators for the property tests. A failing case is shrunk to a minimal one and reported with the seed that
/// replays it (pass it as <c>seed:</c> to <c>Sample</c>).
/// </summary>
internal static class ScorecardGen
{
    private static readonly decimal[] Weights = [0.5m, 1m, 1m, 2m, 3m, 1.25m];

    /// <summary>Ten thousand steps between two bounds: a decimal with up to four places in [min, max].</summary>
    public static Gen<int> Step { get; } = Gen.Int[0, 10_000];

    /// <summary>The default edition with random criterion and indicator weights.</summary>
    public static Gen<ScoringFramework> Framework { get; } = Gen.Select(
        Gen.OneOf(Weights).Array[SampleFrameworks.Iis2024.Criteria.Count],
        Gen.OneOf(Weights).Array[SampleFrameworks.Iis2024.Indicators.Count],
        (criteria, indicators) => SampleFrameworks.Iis2024 with
        {
            Criteria = [.. SampleFrameworks.Iis2024.Criteria.Select((c, i) => c with { Weight = criteria[i] })],
            Indicators = [.. SampleFrameworks.Iis2024.Indicators.Select((indicator, i) => indicator with { Weight = indicators[i] })],
        });

    public static Gen<ScoreKind> Kind { get; } = Gen.Bool.Select(final => final ? ScoreKind.Final : ScoreKind.Provisional);

    /// <summary>One governorate's scorecard: a framework, a result for each of its indicators and a kind of score.</summary>
    public static Gen<(ScoringFramework Framework, List<IndicatorResult> Results, ScoreKind Kind)> Scorecard { get; } =
        Framework.SelectMany(fw => Gen.Select(Results(fw), Kind, (results, kind) => (fw, results, kind)));

    public static Gen<decimal> Between(decimal min, decimal max) => Step.Select(step => At(min, max, step));

    public static decimal At(decimal min, decimal max, int step) => min + ((max - min) * step / 10_000m);

    /// <summary>Mostly accepted values (some beyond L or T, to exercise the caps), some missing, some N/A.</summary>
    public static Gen<List<IndicatorResult>> Results(ScoringFramework fw) =>
        Gen.Select(Gen.Int[0, 99], Step).Array[fw.Indicators.Count].Select(picks => fw.Indicators.Select((indicator, i) => picks[i].Item1 switch
        {
            < 70 => IndicatorResult.Accepted(indicator.Code, Value(indicator, picks[i].Item2)),
            < 85 => IndicatorResult.Missing(indicator.Code),
            _ => IndicatorResult.NotApplicable(indicator.Code),
        }).ToList());

    /// <summary>A value from a third of the scale below the zero-score bound to a third above the target.</summary>
    private static decimal Value(ScoringIndicator indicator, int step)
    {
        var (low, high) = indicator.Direction == IndicatorDirection.Range
            ? (indicator.Range!.LowerZero, indicator.Range.UpperZero)
            : (Math.Min(indicator.Lower!.Value, indicator.Target!.Value), Math.Max(indicator.Lower.Value, indicator.Target.Value));
        var margin = (high - low) / 3;
        return At(low - margin, high + margin, step);
    }
}

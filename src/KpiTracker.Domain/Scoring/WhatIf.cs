namespace KpiTracker.Domain.Scoring;

/// <summary>Scenarios on top of the engine: nothing here scores differently, it only feeds the engine other inputs.</summary>
public static class WhatIf
{
    private const int Bisections = 50;

    /// <summary>The scorecard as if each overridden indicator had that accepted value (whatever its status was).</summary>
    public static GovernorateScore Evaluate(ScoringFramework fw, IReadOnlyList<IndicatorResult> results, ScoreKind kind, IReadOnlyDictionary<string, decimal> overrides)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(overrides);
        var merged = results.Where(r => !overrides.ContainsKey(r.Code))
            .Concat(overrides.Select(o => IndicatorResult.Accepted(o.Key, o.Value)))
            .ToList();
        return ScoringEngine.Score(fw, merged, kind);
    }

    /// <summary>
    /// For each indicator that is not N/A: the least demanding value that lifts the published overall index to the next band's
    /// minimum, all else equal. The needed score is found by bisection on the engine itself (the overall is monotone in one
    /// indicator's score once that indicator counts, even where giving it a value changes which indicators and criteria count),
    /// then turned into a value on a 10⁻⁶ grid and checked against the engine, so the value reaches the band and one grid step
    /// less demanding does not. <c>up</c>: the smallest value; <c>down</c>: the largest; <c>range</c>: the value nearest the
    /// current one on the side it is on (below the band when there is no value yet).
    /// </summary>
    public static NextBandPlan RequiredForNextBand(ScoringFramework fw, IReadOnlyList<IndicatorResult> results, ScoreKind kind)
    {
        var inputs = ScoringEngine.Inputs(fw, results);
        var current = ScoringEngine.Aggregate(fw, inputs, kind);
        var candidates = fw.Indicators.Select((indicator, i) => (indicator, i)).Where(x => inputs[x.i].Status != IndicatorStatus.NotApplicable).ToList();
        if (current.PublishedOverall is not { } overall)
        {
            return new NextBandPlan(null, null, null, null, [.. candidates.Select(x => Unanswered(x.indicator, RequiredValue.NoOverall))]);
        }

        var next = fw.Bands.Where(b => b.MinScore > overall).OrderBy(b => b.MinScore).ThenBy(b => b.Code, StringComparer.Ordinal).ToList();
        if (next.Count == 0)
        {
            return new NextBandPlan(overall, current.Band, null, null, [.. candidates.Select(x => Unanswered(x.indicator, RequiredValue.AlreadyTop))]);
        }

        var target = next[0];
        var probe = new BandProbe(fw, inputs, kind, target.MinScore);
        return new NextBandPlan(overall, current.Band, target.Code, target.MinScore, [.. candidates.Select(x => Required(probe, x.indicator, x.i))]);
    }

    private static RequiredValue Required(BandProbe probe, ScoringIndicator indicator, int index)
    {
        if (!probe.ReachesWithScore(index, 100m))
        {
            return Unanswered(indicator, RequiredValue.NotReachable);
        }

        var (low, high) = (0m, 100m);
        if (probe.ReachesWithScore(index, 0m))
        {
            high = 0m;
        }

        for (var i = 0; i < Bisections && high > 0m; i++)
        {
            var mid = (low + high) / 2;
            (low, high) = probe.ReachesWithScore(index, mid) ? (low, mid) : (mid, high);
        }

        var value = ScoreInversion.ValueOnGrid(probe, indicator, index, high);
        return new RequiredValue(indicator.Code, value, IndicatorScoring.Score(indicator, value), null);
    }

    private static RequiredValue Unanswered(ScoringIndicator indicator, string reason) => new(indicator.Code, null, null, reason);
}

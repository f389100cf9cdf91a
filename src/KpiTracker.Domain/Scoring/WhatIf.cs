namespace KpiTracker.Domain.Scoring;

/// <summary>Scenarios on top of the engine: nothing here scores differently, it only feeds the engine other inputs.</summary>
public static class WhatIf
{
    /// <summary>The scorecard as if each overridden indicator had that accepted value (whatever its status was).</summary>
    public static GovernorateScore Evaluate(ScoringFramework fw, IReadOnlyList<IndicatorResult> results, ScoreKind kind, IReadOnlyDictionary<string, decimal> overrides) =>
        ScoringEngine.Score(fw, Merge(results, overrides), kind);

    /// <summary>
    /// The headroom of every indicator that is not N/A in the scenario (see <see cref="Evaluate"/>): the points, at full precision,
    /// the overall index gains if that indicator alone reached its target (scored 100), all else equal. Empty without an overall index.
    /// </summary>
    public static IReadOnlyDictionary<string, decimal> Headroom(ScoringFramework fw, IReadOnlyList<IndicatorResult> results, ScoreKind kind, IReadOnlyDictionary<string, decimal> overrides)
    {
        var inputs = ScoringEngine.Inputs(fw, Merge(results, overrides));
        var overall = ScoringEngine.Aggregate(fw, inputs, kind).Overall;
        var headroom = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Length; i++)
        {
            if (inputs[i].Status != IndicatorStatus.NotApplicable && Headroom(fw, inputs, kind, overall, i) is { } points)
            {
                headroom[fw.Indicators[i].Code] = points;
            }
        }

        return headroom;
    }

    /// <summary>
    /// For each indicator that is not N/A: the least demanding value that lifts the published overall index to the next band's
    /// minimum, all else equal, and its headroom. The needed score is found by bisection on the engine itself (the overall is
    /// monotone in one indicator's score once that indicator counts, even where giving it a value changes which indicators and
    /// criteria count), then turned into a value on a 10⁻⁶ grid and checked against the engine, so the value reaches the band and
    /// one grid step less demanding does not. <c>up</c>: the smallest value; <c>down</c>: the largest; <c>range</c>: the value
    /// nearest the current one on the side it is on (below the band when there is no value yet).
    /// With <paramref name="entry"/> (the edition's indicators by code) the answer is a value the entry form accepts unchanged:
    /// the next whole number for counts, never outside the allowed range, and no value at all for an indicator the platform
    /// computes (<see cref="RequiredValue.Computed"/>); when no accepted value reaches the band, <see cref="RequiredValue.NotReachable"/>.
    /// </summary>
    public static NextBandPlan RequiredForNextBand(ScoringFramework fw, IReadOnlyList<IndicatorResult> results, ScoreKind kind, IReadOnlyDictionary<string, Indicator>? entry = null)
    {
        var inputs = ScoringEngine.Inputs(fw, results);
        var current = ScoringEngine.Aggregate(fw, inputs, kind);
        var candidates = fw.Indicators.Select((indicator, i) => (indicator, i)).Where(x => inputs[x.i].Status != IndicatorStatus.NotApplicable)
            .Select(x => new Candidate(x.indicator, x.i, entry?.GetValueOrDefault(x.indicator.Code), Headroom(fw, inputs, kind, current.Overall, x.i)))
            .ToList();
        if (current.PublishedOverall is not { } overall)
        {
            return new NextBandPlan(null, null, null, null, [.. candidates.Select(c => c.Unanswered(RequiredValue.NoOverall))]);
        }

        if (NextBand(fw, overall) is not { } target)
        {
            return new NextBandPlan(overall, current.Band, null, null, [.. candidates.Select(c => c.Unanswered(RequiredValue.AlreadyTop))]);
        }

        var probe = new BandProbe(fw, inputs, kind, target.MinScore);
        return new NextBandPlan(overall, current.Band, target.Code, target.MinScore, [.. candidates.Select(c => Required(probe, c))]);
    }

    private static RequiredValue Required(BandProbe probe, Candidate c)
    {
        if (c.Entry?.Source == SourceType.Platform)
        {
            return c.Unanswered(RequiredValue.Computed);
        }

        if (probe.LeastScore(c.Index, 100m) is not { } high)
        {
            return c.Unanswered(RequiredValue.NotReachable);
        }

        return ScoreInversion.ValueOnGrid(probe, c.Indicator, c.Index, high, c.Entry) is { } value
            ? new RequiredValue(c.Indicator.Code, value, IndicatorScoring.Score(c.Indicator, value), null, c.Headroom)
            : c.Unanswered(RequiredValue.NotReachable);
    }

    /// <summary>The band above the published overall index: the least minimum above it, ties by code; null in the top band.</summary>
    internal static (string Code, decimal MinScore)? NextBand(ScoringFramework fw, decimal publishedOverall) =>
        fw.Bands.Where(b => b.MinScore > publishedOverall).OrderBy(b => b.MinScore).ThenBy(b => b.Code, StringComparer.Ordinal)
            .Select(b => ((string Code, decimal MinScore)?)b).FirstOrDefault();

    /// <summary>Overall with the indicator at 100 minus the overall now; never negative, as a score of 100 only lifts a weighted mean.</summary>
    private static decimal? Headroom(ScoringFramework fw, ScoringInput[] inputs, ScoreKind kind, decimal? overall, int index)
    {
        if (overall is not { } now)
        {
            return null;
        }

        var trial = (ScoringInput[])inputs.Clone();
        trial[index] = new ScoringInput(IndicatorStatus.Value, null, 100m);
        return ScoringEngine.Aggregate(fw, trial, kind).Overall - now;
    }

    private static List<IndicatorResult> Merge(IReadOnlyList<IndicatorResult> results, IReadOnlyDictionary<string, decimal> overrides)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(overrides);
        return [.. results.Where(r => !overrides.ContainsKey(r.Code)).Concat(overrides.Select(o => IndicatorResult.Accepted(o.Key, o.Value)))];
    }

    private sealed record Candidate(ScoringIndicator Indicator, int Index, Indicator? Entry, decimal? Headroom)
    {
        public RequiredValue Unanswered(string reason) => new(Indicator.Code, null, null, Entry?.Source == SourceType.Platform ? RequiredValue.Computed : reason, Headroom);
    }
}

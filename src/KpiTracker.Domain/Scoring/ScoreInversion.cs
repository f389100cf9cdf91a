using KpiTracker.Domain.Frameworks;

namespace KpiTracker.Domain.Scoring;

/// <summary>From a needed score back to a value people can enter: six decimals, rounded towards the better side, checked on the engine.</summary>
internal static class ScoreInversion
{
    private const int Decimals = 6;
    private const int MaxNudges = 8;
    private const decimal Step = 0.000001m;

    public static decimal ValueOnGrid(BandProbe probe, ScoringIndicator indicator, int index, decimal score)
    {
        // Each segment runs from the value scoring 0 (zero) to the value scoring 100 (full); the score is linear along it.
        var (zero, full) = Segment(indicator, probe.CurrentValue(index));
        if (score == 0m)
        {
            return zero;
        }

        var towardsFull = full > zero ? 1 : -1;
        var exact = zero + (score * (full - zero) / 100m);
        var value = Math.Round(exact, Decimals, towardsFull > 0 ? MidpointRounding.ToPositiveInfinity : MidpointRounding.ToNegativeInfinity);
        for (var i = 0; i < MaxNudges && !probe.ReachesWithValue(index, value); i++)
        {
            value += towardsFull * Step;
        }

        for (var i = 0; i < MaxNudges && probe.ReachesWithValue(index, value - (towardsFull * Step)); i++)
        {
            value -= towardsFull * Step;
        }

        // Past the full-score value nothing more is gained; the full-score value itself is known to reach.
        return towardsFull > 0 ? Math.Min(value, full) : Math.Max(value, full);
    }

    private static (decimal Zero, decimal Full) Segment(ScoringIndicator indicator, decimal? current)
    {
        if (indicator.Direction != IndicatorDirection.Range)
        {
            var (lower, target) = IndicatorScoring.LinearBounds(indicator);
            return (lower, target);
        }

        var range = IndicatorScoring.RangeOf(indicator);
        return current > range.TargetHigh ? (range.UpperZero, range.TargetHigh) : (range.LowerZero, range.TargetLow);
    }
}

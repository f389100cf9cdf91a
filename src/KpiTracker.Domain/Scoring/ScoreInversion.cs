using KpiTracker.Domain.Collection;

namespace KpiTracker.Domain.Scoring;

/// <summary>From a needed score back to a value people can enter: six decimals, rounded towards the better side, checked on the engine.</summary>
internal static class ScoreInversion
{
    private const int Decimals = 6;
    private const int MaxNudges = 8;
    private const decimal Step = 0.000001m;

    /// <summary>The least demanding value on the grid that reaches; with <paramref name="entry"/>, the least demanding one the entry form accepts (null when none reaches).</summary>
    public static decimal? ValueOnGrid(BandProbe probe, ScoringIndicator indicator, int index, decimal score, Indicator? entry)
    {
        // Each segment runs from the value scoring 0 (zero) to the value scoring 100 (full); the score is linear along it.
        var (zero, full) = Segment(indicator, probe.CurrentValue(index));
        var towardsFull = full > zero ? 1 : -1;
        var value = score == 0m ? zero : Nudged(probe, index, zero, full, score, towardsFull);
        return entry is null ? value : Enterable(probe, index, entry, value, towardsFull);
    }

    private static decimal Nudged(BandProbe probe, int index, decimal zero, decimal full, decimal score, int towardsFull)
    {
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

    /// <summary>
    /// From the grid value towards the full score, the first value the entry rules accept (<see cref="ValueRules.CheckValue"/>):
    /// the next whole number for counts, the allowed range's end when the grid value lies before it. Every value between is
    /// refused or, being less demanding than the grid value, misses the band; null when this one is refused or misses too.
    /// </summary>
    private static decimal? Enterable(BandProbe probe, int index, Indicator entry, decimal value, int towardsFull)
    {
        var whole = ValueRules.IsWhole(entry);
        decimal Onwards(decimal v) => !whole ? v : towardsFull > 0 ? decimal.Ceiling(v) : decimal.Floor(v);
        value = Onwards(value);
        if (towardsFull > 0 && entry.AllowedMin is { } min && value < min)
        {
            value = Onwards(min);
        }
        else if (towardsFull < 0 && entry.AllowedMax is { } max && value > max)
        {
            value = Onwards(max);
        }

        return ValueRules.CheckValue(entry, value, "value") is null && probe.ReachesWithValue(index, value) ? value : null;
    }

    /// <summary>The stretch of values the score runs along, from 0 to 100; for <c>range</c> the side the current value is on (below the band without one).</summary>
    public static (decimal Zero, decimal Full) Segment(ScoringIndicator indicator, decimal? current)
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

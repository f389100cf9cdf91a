namespace KpiTracker.Domain.Scoring;

/// <summary>One indicator's score and achievement from its accepted value (DOMAIN section 4).</summary>
public static class IndicatorScoring
{
    /// <summary>
    /// s in [0, 100]. <c>up</c>/<c>down</c>: 100 × (A − L) / (T − L), clamped (for <c>down</c> L &gt; T, so the same formula holds).
    /// <c>range</c>: 100 inside [T_lo, T_hi], linear to 0 at L_lo and L_hi, clamped.
    /// </summary>
    public static decimal Score(ScoringIndicator indicator, decimal value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var raw = indicator.Direction == IndicatorDirection.Range
            ? RangeScore(RangeOf(indicator), value)
            : LinearScore(LinearBounds(indicator), value);
        return Math.Clamp(raw, 0m, 100m);
    }

    /// <summary>
    /// Uncapped achievement, so "exceeded target" shows: A / T for <c>up</c>, T / A for <c>down</c>, null when that divisor is 0.
    /// For <c>range</c> the band counts as the target: 1 inside [T_lo, T_hi], A / T_lo below it, T_hi / A above it
    /// (each null when its divisor is 0), so the ratio falls below 1 on whichever side the value misses.
    /// </summary>
    public static decimal? Achievement(ScoringIndicator indicator, decimal value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        switch (indicator.Direction)
        {
            case IndicatorDirection.Range:
                var range = RangeOf(indicator);
                if (value < range.TargetLow)
                {
                    return range.TargetLow == 0 ? null : value / range.TargetLow;
                }

                return value > range.TargetHigh ? Ratio(range.TargetHigh, value) : 1m;
            case IndicatorDirection.Down:
                return Ratio(LinearBounds(indicator).Target, value);
            default:
                return Ratio(value, LinearBounds(indicator).Target);
        }
    }

    internal static (decimal Lower, decimal Target) LinearBounds(ScoringIndicator indicator) =>
        indicator is { Lower: { } lower, Target: { } target } && lower != target
            ? (lower, target)
            : throw new ArgumentException($"Indicator {indicator.Code}: {indicator.Direction} needs a lower bound and a different target.", nameof(indicator));

    internal static RangeBounds RangeOf(ScoringIndicator indicator) =>
        indicator.Range is { IsOrdered: true } range
            ? range
            : throw new ArgumentException($"Indicator {indicator.Code}: range needs four ordered bounds.", nameof(indicator));

    private static decimal? Ratio(decimal numerator, decimal divisor) => divisor == 0 ? null : numerator / divisor;

    private static decimal LinearScore((decimal Lower, decimal Target) b, decimal value) => 100m * (value - b.Lower) / (b.Target - b.Lower);

    private static decimal RangeScore(RangeBounds r, decimal value)
    {
        if (value < r.TargetLow)
        {
            return 100m * (value - r.LowerZero) / (r.TargetLow - r.LowerZero);
        }

        return value > r.TargetHigh ? 100m * (r.UpperZero - value) / (r.UpperZero - r.TargetHigh) : 100m;
    }
}

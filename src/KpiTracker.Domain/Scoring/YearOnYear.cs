namespace KpiTracker.Domain.Scoring;

/// <summary>Change between two cycles' full-precision scores (indicator, criterion or overall); round with <see cref="ScoreRounding"/> to publish.</summary>
public static class YearOnYear
{
    /// <summary>Δ = S_t − S_{t−1}; null when either year has no score.</summary>
    public static decimal? Delta(decimal? current, decimal? previous) => current - previous;

    /// <summary>
    /// Share of last year's gap to 100 closed: G = (S_t − S_{t−1}) / (100 − S_{t−1}); 1 when both are 100, 0 when it fell from 100;
    /// negative when the score fell from below 100; null when either year has no score. Scores outside [0, 100] are a bug.
    /// </summary>
    public static decimal? GapClosure(decimal? current, decimal? previous)
    {
        if (current is not { } now || previous is not { } before)
        {
            return null;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(now, 0m, nameof(current));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(now, 100m, nameof(current));
        ArgumentOutOfRangeException.ThrowIfLessThan(before, 0m, nameof(previous));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(before, 100m, nameof(previous));
        if (before == 100m)
        {
            return now == 100m ? 1m : 0m;
        }

        return (now - before) / (100m - before);
    }
}

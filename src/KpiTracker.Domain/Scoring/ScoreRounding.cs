namespace KpiTracker.Domain.Scoring;

/// <summary>Published numbers have one decimal place, midpoint away from zero (DOMAIN section 4); bands and lights read the rounded number.</summary>
public static class ScoreRounding
{
    public static decimal Publish(decimal x) => Math.Round(x, 1, MidpointRounding.AwayFromZero);

    public static decimal? Publish(decimal? x) => x is { } v ? Publish(v) : null;
}

namespace KpiTracker.Domain.Scoring;

/// <summary>Bands and lights read the rounded number, never the full-precision one.</summary>
internal static class Bands
{
    /// <summary>The highest band whose minimum the rounded score reaches; below every minimum, the lowest band (as <c>FrameworkEdition.BandFor</c>).</summary>
    public static string? For(IReadOnlyList<(string Code, decimal MinScore)> bands, decimal? rounded)
    {
        if (rounded is not { } score || bands.Count == 0)
        {
            return null;
        }

        // Ordered by minimum descending, then code: the first band the score reaches, else the last one (the lowest minimum,
        // the greatest code among equals). One pass, no sorting: this runs for every criterion and overall of every run.
        (string Code, decimal MinScore)? reached = null;
        var lowest = bands[0];
        foreach (var band in bands)
        {
            if (score >= band.MinScore && (reached is not { } r || band.MinScore > r.MinScore || (band.MinScore == r.MinScore && string.CompareOrdinal(band.Code, r.Code) < 0)))
            {
                reached = band;
            }

            if (band.MinScore < lowest.MinScore || (band.MinScore == lowest.MinScore && string.CompareOrdinal(band.Code, lowest.Code) > 0))
            {
                lowest = band;
            }
        }

        return reached?.Code ?? lowest.Code;
    }

    public static TrafficLight Light(ScoringFramework framework, decimal? rounded) => rounded switch
    {
        null => TrafficLight.Grey,
        { } s when s >= framework.GreenThreshold => TrafficLight.Green,
        { } s when s >= framework.AmberThreshold => TrafficLight.Amber,
        _ => TrafficLight.Red,
    };
}

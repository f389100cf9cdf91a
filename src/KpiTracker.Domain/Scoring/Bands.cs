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

        var ordered = bands.OrderByDescending(b => b.MinScore).ThenBy(b => b.Code, StringComparer.Ordinal).ToList();
        return ordered.FirstOrDefault(b => score >= b.MinScore).Code ?? ordered[^1].Code;
    }

    public static TrafficLight Light(ScoringFramework framework, decimal? rounded) => rounded switch
    {
        null => TrafficLight.Grey,
        { } s when s >= framework.GreenThreshold => TrafficLight.Green,
        { } s when s >= framework.AmberThreshold => TrafficLight.Amber,
        _ => TrafficLight.Red,
    };
}

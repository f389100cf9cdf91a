namespace KpiTracker.Domain.Improvement;

/// <summary>A governorate's own trend: the least-squares line through its values by cycle year, projected to a later year.</summary>
public static class Trend
{
    /// <summary>
    /// The line's value at <paramref name="year"/>, from two or three points (two points: the line through them); null with
    /// fewer than two, since one value has no direction.
    /// </summary>
    public static decimal? Project(IReadOnlyList<(int Year, decimal Value)> points, int year)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 2)
        {
            return null;
        }

        // Slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², intercept through the means; exact in decimal for a few small years.
        decimal n = points.Count;
        var meanX = points.Sum(p => (decimal)p.Year) / n;
        var meanY = points.Sum(p => p.Value) / n;
        var sxx = points.Sum(p => (p.Year - meanX) * (p.Year - meanX));
        if (sxx == 0)
        {
            return null;
        }

        var slope = points.Sum(p => (p.Year - meanX) * (p.Value - meanY)) / sxx;
        return meanY + (slope * (year - meanX));
    }
}

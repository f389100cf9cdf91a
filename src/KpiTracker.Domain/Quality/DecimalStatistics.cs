namespace KpiTracker.Domain.Quality;

/// <summary>The few statistics the scans need, in decimal so a flag never depends on binary floating point.</summary>
internal static class DecimalStatistics
{
    public static decimal Median(IReadOnlyList<decimal> sorted)
    {
        var n = sorted.Count;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    public static decimal Mean(IReadOnlyList<decimal> values) => values.Sum() / values.Count;

    /// <summary>Sample standard deviation (n − 1 in the denominator).</summary>
    public static decimal SampleStandardDeviation(IReadOnlyList<decimal> values, decimal mean) =>
        Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));

    /// <summary>Newton's iteration from a start at or above the root, so it descends and stops when it no longer does.</summary>
    public static decimal Sqrt(decimal x)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        if (x == 0m)
        {
            return 0m;
        }

        var guess = Math.Max(x, 1m);
        while (true)
        {
            // Halving each term first keeps the sum clear of decimal.MaxValue.
            var next = (guess / 2) + (x / guess / 2);
            if (next >= guess)
            {
                return guess;
            }

            guess = next;
        }
    }
}

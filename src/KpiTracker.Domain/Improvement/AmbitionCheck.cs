namespace KpiTracker.Domain.Improvement;

/// <summary>
/// What a proposed commitment is weighed against (DOMAIN section 8): the governorate's current value and its trend projected
/// to the next cycle, the national median and best of the current cycle, the edition's target (T, or the target band), the
/// value that alone lifts the governorate's index to its next band, and the best value any governorate reported in the last
/// three cycles. The flags only inform: nothing is refused because of them.
/// </summary>
public sealed record AmbitionCheck(
    Betterness Scale,
    decimal? Current,
    decimal? Projection,
    decimal? NationalMedian,
    decimal? NationalBest,
    decimal? Target,
    decimal? NextBandValue,
    decimal? BestOfThreeCycles)
{
    /// <summary>
    /// Weighs <paramref name="history"/> (the governorate's values by cycle year, the current cycle last) and the values every
    /// governorate reported in the current cycle (<paramref name="national"/>) and in the last three (<paramref name="threeCycles"/>).
    /// </summary>
    public static AmbitionCheck For(
        Indicator indicator,
        int currentYear,
        IReadOnlyList<(int Year, decimal Value)> history,
        IReadOnlyList<decimal> national,
        IReadOnlyList<decimal> threeCycles,
        decimal? nextBandValue)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(national);
        ArgumentNullException.ThrowIfNull(threeCycles);
        var scale = Betterness.Of(indicator);
        var current = history.Where(h => h.Year == currentYear).Select(h => (decimal?)h.Value).FirstOrDefault();
        return new AmbitionCheck(
            scale,
            current,
            Allowed(indicator, Trend.Project(history.Where(h => h.Year > currentYear - 3 && h.Year <= currentYear).ToList(), currentYear + 1)),
            Median(national),
            Best(scale, national),
            indicator.Direction == IndicatorDirection.Range ? null : indicator.Target,
            nextBandValue,
            Best(scale, threeCycles));
    }

    /// <summary>Worse than the current value or than the trend's projection (for range indicators: farther from the band).</summary>
    public bool IsUnambitious(decimal commitment) =>
        (Current is { } current && Scale.IsWorse(commitment, current))
        || (Projection is { } projection && Scale.IsWorse(commitment, projection));

    /// <summary>Better than the best value any governorate reported for the indicator in the last three cycles.</summary>
    public bool IsOutOfReach(decimal commitment) => BestOfThreeCycles is { } best && Scale.IsBetter(commitment, best);

    /// <summary>A projection beyond what the indicator allows (past 100 %) is read at the allowed bound.</summary>
    private static decimal? Allowed(Indicator indicator, decimal? projection) =>
        projection is not { } p ? null
        : indicator.AllowedMax is { } max && p > max ? max
        : indicator.AllowedMin is { } min && p < min ? min
        : p;

    private static decimal? Best(Betterness scale, IReadOnlyList<decimal> values) =>
        values.Count == 0 ? null : values.MaxBy(scale.Key);

    private static decimal? Median(IReadOnlyList<decimal> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

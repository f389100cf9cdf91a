namespace KpiTracker.Domain.Improvement;

/// <summary>
/// Orders values of one indicator from worse to better whatever its direction: higher is better for <c>up</c>, lower for
/// <c>down</c>, and for <c>range</c> the nearer to the target band the better (every value inside the band is equally good).
/// </summary>
public sealed record Betterness(IndicatorDirection Direction, RangeBounds? Range)
{
    public static Betterness Of(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return new Betterness(indicator.Direction, indicator.Range);
    }

    /// <summary>A number that grows as the value gets better: the value, its negation, or minus its distance to the band.</summary>
    public decimal Key(decimal value) => Direction switch
    {
        IndicatorDirection.Up => value,
        IndicatorDirection.Down => -value,
        _ => -DistanceToBand(value),
    };

    public bool IsBetter(decimal value, decimal than) => Key(value) > Key(than);

    public bool IsWorse(decimal value, decimal than) => Key(value) < Key(than);

    /// <summary>0 inside the target band, else how far outside it the value lies.</summary>
    public decimal DistanceToBand(decimal value)
    {
        var range = Range ?? throw new InvalidOperationException("A range indicator needs its target band.");
        return value < range.TargetLow ? range.TargetLow - value
            : value > range.TargetHigh ? value - range.TargetHigh
            : 0m;
    }
}

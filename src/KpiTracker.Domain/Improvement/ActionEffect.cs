namespace KpiTracker.Domain.Improvement;

/// <summary>
/// What an action achieved, measured on its indicator's value in the cycle it was due (DOMAIN section 8). Both numbers are
/// direction-aware so that a positive effect is always an improvement: for <c>up</c> the rise, for <c>down</c> the fall, for
/// <c>range</c> how much closer the value came to the target band (distance to the band, zero inside it).
/// <see cref="Realisation"/> = effect ÷ planned improvement (expected − baseline, the same way round), clamped to [0, 1].
/// It is null — not measurable, and left out of the loop score — when the new value is missing (no accepted value or N/A)
/// or the plan promised no improvement (expected equal to, or worse than, the baseline: nothing to divide by).
/// </summary>
public sealed record ActionEffect(decimal? Effect, decimal? Realisation)
{
    public static readonly ActionEffect NotMeasurable = new(null, null);

    public static ActionEffect Measure(IndicatorDirection direction, RangeBounds? range, decimal baseline, decimal expected, decimal? newValue)
    {
        var planned = Gain(direction, range, baseline, expected);
        if (newValue is not { } value)
        {
            return NotMeasurable;
        }

        var effect = Gain(direction, range, baseline, value);
        if (planned <= 0)
        {
            return new ActionEffect(effect, null);
        }

        return new ActionEffect(effect, Math.Clamp(effect / planned, 0m, 1m));
    }

    /// <summary>How much better <paramref name="to"/> is than <paramref name="from"/> for this direction.</summary>
    private static decimal Gain(IndicatorDirection direction, RangeBounds? range, decimal from, decimal to) => direction switch
    {
        IndicatorDirection.Up => to - from,
        IndicatorDirection.Down => from - to,
        IndicatorDirection.Range when range is not null => Distance(range, from) - Distance(range, to),
        _ => throw new DomainException("A range indicator needs its bounds to measure an action's effect."),
    };

    private static decimal Distance(RangeBounds range, decimal value) =>
        value < range.TargetLow ? range.TargetLow - value : value > range.TargetHigh ? value - range.TargetHigh : 0m;
}

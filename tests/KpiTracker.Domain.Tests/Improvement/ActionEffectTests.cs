using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Improvement;

namespace KpiTracker.Domain.Tests.Improvement;

public sealed class ActionEffectTests
{
    private static readonly RangeBounds Band = new(2, 5, 8, 12);

    [Theory]
    [InlineData(60, 80, 70, 10, 0.5)]   // half-way to the expected rise
    [InlineData(60, 80, 80, 20, 1)]     // exactly as planned
    [InlineData(60, 80, 95, 35, 1)]     // beyond the plan: clamped to 1
    [InlineData(60, 80, 55, -5, 0)]     // it fell: clamped to 0
    public void Up_measures_the_rise(decimal baseline, decimal expected, decimal value, decimal effect, decimal realisation)
    {
        var measured = ActionEffect.Measure(IndicatorDirection.Up, null, baseline, expected, value);

        Assert.Equal(effect, measured.Effect);
        Assert.Equal(realisation, measured.Realisation);
    }

    [Theory]
    [InlineData(20, 10, 15, 5, 0.5)]    // a fall is the improvement
    [InlineData(20, 10, 8, 12, 1)]
    [InlineData(20, 10, 24, -4, 0)]
    public void Down_measures_the_fall(decimal baseline, decimal expected, decimal value, decimal effect, decimal realisation)
    {
        var measured = ActionEffect.Measure(IndicatorDirection.Down, null, baseline, expected, value);

        Assert.Equal(effect, measured.Effect);
        Assert.Equal(realisation, measured.Realisation);
    }

    [Theory]
    [InlineData(11, 8, 9.5, 1.5, 0.5)]  // from 3 above the band to 1.5 above it
    [InlineData(11, 7, 6, 3, 1)]        // inside the band: distance 0, all of the planned 3
    [InlineData(2, 5, 3.5, 1.5, 0.5)]   // from below the band
    [InlineData(11, 8, 1, -1, 0)]       // crossed the band and ended farther on the other side
    public void Range_measures_the_distance_to_the_target_band(decimal baseline, decimal expected, decimal value, decimal effect, decimal realisation)
    {
        var measured = ActionEffect.Measure(IndicatorDirection.Range, Band, baseline, expected, value);

        Assert.Equal(effect, measured.Effect);
        Assert.Equal(realisation, measured.Realisation);
    }

    [Fact]
    public void Expected_equal_to_the_baseline_is_not_measurable_but_keeps_its_effect()
    {
        var measured = ActionEffect.Measure(IndicatorDirection.Up, null, 60, 60, 70);

        Assert.Equal(10m, measured.Effect);
        Assert.Null(measured.Realisation);
    }

    [Fact]
    public void Expected_worse_than_the_baseline_is_not_measurable() =>
        Assert.Null(ActionEffect.Measure(IndicatorDirection.Down, null, 10, 12, 8).Realisation);

    [Fact]
    public void A_missing_new_value_is_not_measurable() =>
        Assert.Equal(ActionEffect.NotMeasurable, ActionEffect.Measure(IndicatorDirection.Up, null, 60, 80, null));

    [Fact]
    public void Realisation_keeps_full_precision() =>
        Assert.Equal(1m / 3m, ActionEffect.Measure(IndicatorDirection.Up, null, 0, 3, 1).Realisation);
}

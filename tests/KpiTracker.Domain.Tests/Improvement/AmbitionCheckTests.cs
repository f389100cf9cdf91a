using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Improvement;
using KpiTracker.Domain.Tests.Collection;

namespace KpiTracker.Domain.Tests.Improvement;

public sealed class AmbitionCheckTests
{
    private static readonly (int, decimal)[] Rising = [(2023, 60m), (2024, 64m), (2025, 71m)];

    [Fact]
    public void Trend_is_the_least_squares_line_through_three_cycles_projected_one_year_on()
    {
        // x̄ = 2024, ȳ = 65, slope = (−1·−5 + 1·6) / 2 = 5.5: 65 + 5.5 × 2 = 76.
        Assert.Equal(76m, Trend.Project(Rising, 2026));
    }

    [Fact]
    public void Trend_through_two_cycles_is_the_line_through_them_and_none_with_one()
    {
        Assert.Equal(68m, Trend.Project([(2024, 64m), (2025, 66m)], 2026));
        Assert.Null(Trend.Project([(2025, 66m)], 2026));
        Assert.Null(Trend.Project([], 2026));
    }

    [Fact]
    public void Only_the_last_three_cycles_make_the_trend()
    {
        var check = Check(CollectionSamples.Percent, [(2021, 0m), (2022, 100m), .. Rising]);
        Assert.Equal(76m, check.Projection);
    }

    [Theory]
    [InlineData(71, true)] // equal to the current value, but below the projection (76)
    [InlineData(76, false)] // equal to the projection
    [InlineData(75.9, true)]
    [InlineData(80, false)]
    public void Up_indicator_is_unambitious_below_its_current_value_or_projection(decimal commitment, bool unambitious)
    {
        var check = Check(CollectionSamples.Percent, Rising);
        Assert.Equal(unambitious, check.IsUnambitious(commitment));
    }

    [Fact]
    public void Equal_to_the_current_value_is_not_unambitious_without_a_trend()
    {
        var check = Check(CollectionSamples.Percent, [(2025, 71m)]);
        Assert.Null(check.Projection);
        Assert.False(check.IsUnambitious(71m));
        Assert.True(check.IsUnambitious(70.9m));
    }

    [Fact]
    public void Down_indicator_is_unambitious_above_its_current_value_and_out_of_reach_below_the_best()
    {
        // Working days, lower is better: falling 14, 12, 10 projects 8; the best of three cycles anywhere is 6.
        var check = Check(CollectionSamples.Days, [(2023, 14m), (2024, 12m), (2025, 10m)], national: [10m, 9m, 12m], threeCycles: [6m, 10m, 14m]);
        Assert.Equal(8m, check.Projection);
        Assert.Equal(9m, check.NationalBest);
        Assert.Equal(10m, check.NationalMedian);
        Assert.False(check.IsUnambitious(8m));
        Assert.True(check.IsUnambitious(8.5m));
        Assert.False(check.IsOutOfReach(6m));
        Assert.True(check.IsOutOfReach(5.9m));
    }

    [Fact]
    public void Up_indicator_is_out_of_reach_only_above_the_best_of_three_cycles()
    {
        var check = Check(CollectionSamples.Percent, Rising, national: [71m, 80m], threeCycles: [71m, 88m, 80m]);
        Assert.Equal(88m, check.BestOfThreeCycles);
        Assert.False(check.IsOutOfReach(88m));
        Assert.True(check.IsOutOfReach(88.1m));
        Assert.Equal(75.5m, check.NationalMedian);
    }

    [Fact]
    public void Range_indicator_weighs_the_distance_to_its_target_band()
    {
        // Band 90–100: 85 is 5 below, 104 is 4 above; the projection 84 + 1 × 2 lies at 86 (4 away).
        var check = Check(CollectionSamples.Budget, [(2024, 84m), (2025, 85m)], threeCycles: [85m, 104m, 95m]);
        Assert.Equal(86m, check.Projection);
        Assert.Null(check.Target);
        Assert.False(check.IsUnambitious(104m)); // 4 from the band: as near as the projection
        Assert.True(check.IsUnambitious(104.5m));
        Assert.True(check.IsUnambitious(85.5m));
        Assert.False(check.IsUnambitious(95m));
        Assert.False(check.IsOutOfReach(100m)); // someone reported inside the band: nothing is better
    }

    [Fact]
    public void Range_indicator_is_out_of_reach_nearer_the_band_than_anyone_came()
    {
        var check = Check(CollectionSamples.Budget, [(2025, 80m)], threeCycles: [80m, 85m, 106m]);
        Assert.Equal(85m, check.BestOfThreeCycles);
        Assert.False(check.IsOutOfReach(85m));
        Assert.False(check.IsOutOfReach(105m)); // 5 above: as far as 85 is below
        Assert.True(check.IsOutOfReach(86m));
    }

    [Fact]
    public void A_projection_past_the_allowed_range_is_read_at_its_bound()
    {
        // 80, 90, 100 % projects 110 %: a percentage cannot pass 100, so 100 is the projection and committing to it is not unambitious.
        var check = Check(CollectionSamples.Percent, [(2023, 80m), (2024, 90m), (2025, 100m)]);
        Assert.Equal(100m, check.Projection);
        Assert.False(check.IsUnambitious(100m));
    }

    [Fact]
    public void Target_and_next_band_value_are_carried_for_display()
    {
        var check = Check(CollectionSamples.Percent, Rising, nextBand: 79m);
        Assert.Equal((90m, 79m), (check.Target, check.NextBandValue));
    }

    private static AmbitionCheck Check(
        Indicator indicator, IReadOnlyList<(int, decimal)> history, decimal[]? national = null, decimal[]? threeCycles = null, decimal? nextBand = null) =>
        AmbitionCheck.For(indicator, 2025, history, national ?? [], threeCycles ?? [], nextBand);
}

using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Scoring;
using static KpiTracker.Domain.Tests.Scoring.SampleFrameworks;

namespace KpiTracker.Domain.Tests.Scoring;

public sealed class IndicatorScoringTests
{
    private static readonly ScoringIndicator UpIndicator = Up("LSP-02", 50, 90);
    private static readonly ScoringIndicator DownIndicator = Down("CUS-05", 20, 5);
    private static readonly ScoringIndicator RangeIndicator = Range("PAO-05", 70, 90, 100, 110);

    public static TheoryData<decimal, decimal> UpCases => new()
    {
        { 50m, 0m }, { 40m, 0m }, { -10m, 0m }, { 60m, 25m }, { 70m, 50m }, { 89.9m, 99.75m }, { 90m, 100m }, { 120m, 100m },
    };

    public static TheoryData<decimal, decimal> DownCases => new()
    {
        { 20m, 0m }, { 25m, 0m }, { 17m, 20m }, { 8m, 80m }, { 12.5m, 50m }, { 5m, 100m }, { 2m, 100m }, { 0m, 100m },
    };

    public static TheoryData<decimal, decimal> RangeCases => new()
    {
        { 0m, 0m }, { 70m, 0m }, { 75m, 25m }, { 80m, 50m }, { 89.99m, 99.95m }, { 90m, 100m }, { 95m, 100m }, { 100m, 100m },
        { 100.01m, 99.9m }, { 105m, 50m }, { 110m, 0m }, { 150m, 0m }, { 200m, 0m },
    };

    [Theory]
    [MemberData(nameof(UpCases))]
    public void Up_scores_linearly_from_lower_to_target_and_is_capped(decimal value, decimal score) =>
        Assert.Equal(score, IndicatorScoring.Score(UpIndicator, value));

    [Theory]
    [MemberData(nameof(DownCases))]
    public void Down_uses_the_same_formula_with_lower_above_target(decimal value, decimal score) =>
        Assert.Equal(score, IndicatorScoring.Score(DownIndicator, value));

    [Theory]
    [MemberData(nameof(RangeCases))]
    public void Range_is_100_inside_the_band_and_falls_to_0_at_either_zero_bound(decimal value, decimal score) =>
        Assert.Equal(score, IndicatorScoring.Score(RangeIndicator, value));

    [Fact]
    public void A_band_of_one_point_is_still_a_band() =>
        Assert.Equal([95m, 100m, 95m], new[] { 89.9m, 90m, 90.1m }.Select(v => IndicatorScoring.Score(Range("PAO-05", 88, 90, 90, 92), v)).ToArray());

    public static TheoryData<string, decimal, decimal?> AchievementCases => new()
    {
        { "up", 45m, 0.5m }, { "up", 108m, 1.2m }, { "down", 8m, 0.625m }, { "down", 4m, 1.25m }, { "down", 0m, null },
        { "range", 45m, 0.5m }, { "range", 90m, 1m }, { "range", 100m, 1m }, { "range", 125m, 0.8m },
    };

    [Theory]
    [MemberData(nameof(AchievementCases))]
    public void Achievement_is_uncapped_so_exceeding_the_target_shows(string direction, decimal value, decimal? achievement)
    {
        var indicator = direction switch
        {
            "up" => Up("LSP-02", 50, 90),
            "down" => DownIndicator,
            _ => RangeIndicator,
        };

        Assert.Equal(achievement, IndicatorScoring.Achievement(indicator, value));
    }

    [Fact]
    public void Achievement_is_null_when_the_target_is_zero()
    {
        Assert.Null(IndicatorScoring.Achievement(Up("ENV-03", -5, 0), 3m));
        Assert.Null(IndicatorScoring.Achievement(Range("XXX-01", -20, 0, 10, 30), -5m));
    }

    [Fact]
    public void An_indicator_without_usable_bounds_is_a_bug()
    {
        var noTarget = new ScoringIndicator("LSP-02", "LSP", IndicatorDirection.Up, 50m, null, null, 1m);
        var flatTarget = UpIndicator with { Target = 50m };
        var noRange = RangeIndicator with { Range = null };
        var reversedRange = RangeIndicator with { Range = new RangeBounds(110, 100, 90, 70) };

        Assert.Throws<ArgumentException>(() => IndicatorScoring.Score(noTarget, 1m));
        Assert.Throws<ArgumentException>(() => IndicatorScoring.Score(flatTarget, 1m));
        Assert.Throws<ArgumentException>(() => IndicatorScoring.Score(noRange, 1m));
        Assert.Throws<ArgumentException>(() => IndicatorScoring.Achievement(reversedRange, 1m));
    }
}

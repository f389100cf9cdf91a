using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Tests.Scoring;

public sealed class ScoreRoundingTests
{
    public static TheoryData<decimal, decimal> Cases => new()
    {
        { 87.45m, 87.5m }, { 87.44999m, 87.4m }, { 89.95m, 90.0m }, { 0.05m, 0.1m }, { -0.05m, -0.1m }, { 100m, 100m }, { 71.428571m, 71.4m },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Published_numbers_have_one_decimal_with_midpoints_away_from_zero(decimal full, decimal published) =>
        Assert.Equal(published, ScoreRounding.Publish(full));

    [Fact]
    public void No_score_publishes_as_no_score() => Assert.Null(ScoreRounding.Publish((decimal?)null));
}

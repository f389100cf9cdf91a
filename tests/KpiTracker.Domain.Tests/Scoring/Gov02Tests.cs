using KpiTracker.Domain.Quality;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Tests.Scoring;

public sealed class Gov02Tests
{
    public static TheoryData<int, int, int, decimal?> Cases => new()
    {
        { 34, 34, 34, 100m }, { 10, 8, 6, 70m }, { 34, 0, 0, 0m }, { 4, 3, 1, 50m }, { 0, 0, 0, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void GOV_02_is_the_mean_of_completeness_and_timeliness_times_100(int applicable, int byExpiry, int byDeadline, decimal? expected) =>
        Assert.Equal(expected, Gov02.Compute(new SubmissionTiming(applicable, byExpiry, byDeadline)));

    [Fact]
    public void Thirds_keep_full_precision()
    {
        var value = Gov02.Compute(new SubmissionTiming(34, 30, 25))!.Value;

        Assert.InRange(value - ((30m / 34m) + (25m / 34m)) / 2m * 100m, -1e-20m, 1e-20m);
        Assert.Equal(80.9m, ScoreRounding.Publish(value));
    }

    [Theory]
    [InlineData(-1, 0, 0)]
    [InlineData(5, 6, 0)]
    [InlineData(5, 3, 4)]
    [InlineData(5, 3, -1)]
    public void Counts_that_cannot_happen_are_a_bug(int applicable, int byExpiry, int byDeadline) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Gov02.Compute(new SubmissionTiming(applicable, byExpiry, byDeadline)));
}

using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Tests.Scoring;

public sealed class YearOnYearTests
{
    public static TheoryData<decimal?, decimal?, decimal?> Deltas => new()
    {
        { 80m, 75m, 5m }, { 71.428571428571m, 75.6m, -4.171428571429m }, { null, 75m, null }, { 80m, null, null }, { null, null, null },
    };

    [Theory]
    [MemberData(nameof(Deltas))]
    public void Delta_is_on_full_precision_and_null_when_a_year_has_no_score(decimal? current, decimal? previous, decimal? delta) =>
        Assert.Equal(delta, YearOnYear.Delta(current, previous));

    public static TheoryData<decimal?, decimal?, decimal?> Gaps => new()
    {
        { 90m, 80m, 0.5m }, { 100m, 80m, 1m }, { 80m, 80m, 0m }, { 70m, 80m, -0.5m }, { 50m, 0m, 0.5m },
        { 100m, 100m, 1m }, { 99.99m, 100m, 0m }, { 0m, 100m, 0m },
        { null, 80m, null }, { 80m, null, null },
    };

    [Theory]
    [MemberData(nameof(Gaps))]
    public void Gap_closure_is_the_share_of_last_years_gap_to_100_closed(decimal? current, decimal? previous, decimal? gap) =>
        Assert.Equal(gap, YearOnYear.GapClosure(current, previous));

    [Theory]
    [InlineData(101, 50)]
    [InlineData(50, -1)]
    public void Gap_closure_of_numbers_that_are_not_scores_is_a_bug(int current, int previous) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => YearOnYear.GapClosure(current, previous));
}

using KpiTracker.Domain.Quality;

namespace KpiTracker.Domain.Tests.Quality;

public sealed class DataQualityIndexTests
{
    [Fact]
    public void The_index_is_the_mean_of_its_five_components() =>
        Assert.Equal(79m, DataQualityIndex.Compute(100m, 80m, 90m, 50m, 75m));

    [Fact]
    public void Components_come_from_counts()
    {
        Assert.Equal(100m * 30m / 34m, DataQualityIndex.Completeness(30, 34));
        Assert.Equal(50m, DataQualityIndex.Timeliness(17, 34));
        Assert.Equal(87.5m, DataQualityIndex.FirstPassAcceptance(5, 40));
        Assert.Equal(75m, DataQualityIndex.EvidenceCoverage(9, 12));
        Assert.Equal(75m, DataQualityIndex.OpenFlagsScore(1, 4));
        Assert.Equal(0m, DataQualityIndex.OpenFlagsScore(4, 4));
    }

    [Fact]
    public void An_empty_denominator_scores_100()
    {
        Assert.Equal(100m, DataQualityIndex.Completeness(0, 0));
        Assert.Equal(100m, DataQualityIndex.Timeliness(0, 0));
        Assert.Equal(100m, DataQualityIndex.FirstPassAcceptance(0, 0));
        Assert.Equal(100m, DataQualityIndex.EvidenceCoverage(0, 0));
        Assert.Equal(100m, DataQualityIndex.OpenFlagsScore(0, 0));
    }

    [Fact]
    public void The_index_from_counts_is_the_mean_of_the_components_from_counts()
    {
        var counts = new DataQualityCounts(Applicable: 20, Submitted: 18, OnTime: 15, Submissions: 25, Returns: 5, RequiringEvidence: 10, WithEvidence: 8, FlaggedItems: 4, OpenFlags: 2);

        Assert.Equal((90m + 75m + 80m + 80m + 50m) / 5m, DataQualityIndex.Compute(counts));
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    public void Counts_that_cannot_happen_are_a_bug(int part, int whole)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DataQualityIndex.Completeness(part, whole));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataQualityIndex.FirstPassAcceptance(part, whole));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    public void A_component_outside_0_to_100_is_a_bug(double component) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DataQualityIndex.Compute(50m, 50m, 50m, 50m, (decimal)component));
}

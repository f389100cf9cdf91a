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
        var timing = new SubmissionTiming(34, 30, 17);

        Assert.Equal(100m * 30m / 34m, DataQualityIndex.Completeness(timing));
        Assert.Equal(50m, DataQualityIndex.Timeliness(timing));
        Assert.Equal(87.5m, DataQualityIndex.FirstPassAcceptance(5, 40));
        Assert.Equal(75m, DataQualityIndex.EvidenceReviewed(9, 12));
        Assert.Equal(75m, DataQualityIndex.ItemsWithoutOpenFlags(1, 4));
    }

    /// <summary>Of 35 applicable items: every open flag costs 100 / 35, so one open flag never scores as ten do.</summary>
    public static TheoryData<int, int, decimal> OpenFlagCases => new()
    {
        { 0, 35, 100m },
        { 1, 35, 100m * 34m / 35m },
        { 2, 35, 100m * 33m / 35m },
        { 10, 35, 100m * 25m / 35m },
        { 35, 35, 0m },
        { 0, 0, 100m },
    };

    [Theory]
    [MemberData(nameof(OpenFlagCases))]
    public void Items_without_open_flags_is_the_share_of_applicable_items_with_no_open_flag(int openFlagItems, int applicable, decimal expected) =>
        Assert.Equal(expected, DataQualityIndex.ItemsWithoutOpenFlags(openFlagItems, applicable));

    [Fact]
    public void Items_without_open_flags_falls_with_every_further_open_flag()
    {
        var scores = Enumerable.Range(0, 36).Select(open => DataQualityIndex.ItemsWithoutOpenFlags(open, 35)).ToList();

        Assert.All(scores.Zip(scores.Skip(1)), pair => Assert.True(pair.First > pair.Second, $"{pair.First} then {pair.Second}"));
        Assert.True(DataQualityIndex.Compute(Counts(openFlagItems: 1)) > DataQualityIndex.Compute(Counts(openFlagItems: 10)));
    }

    /// <summary>Accepted values requiring evidence, of which a reviewer opened the evidence of some: the share varies with the openings.</summary>
    public static TheoryData<int, int, decimal> EvidenceCases => new()
    {
        { 0, 12, 0m },
        { 3, 12, 25m },
        { 9, 12, 75m },
        { 12, 12, 100m },
        { 0, 0, 100m },
    };

    [Theory]
    [MemberData(nameof(EvidenceCases))]
    public void Evidence_reviewed_is_the_share_of_accepted_values_requiring_evidence_whose_evidence_was_opened(int opened, int required, decimal expected) =>
        Assert.Equal(expected, DataQualityIndex.EvidenceReviewed(opened, required));

    [Fact]
    public void An_empty_denominator_scores_100()
    {
        var nothing = new SubmissionTiming(0, 0, 0);

        Assert.Equal(100m, DataQualityIndex.Completeness(nothing));
        Assert.Equal(100m, DataQualityIndex.Timeliness(nothing));
        Assert.Equal(100m, DataQualityIndex.FirstPassAcceptance(0, 0));
        Assert.Equal(100m, DataQualityIndex.EvidenceReviewed(0, 0));
        Assert.Equal(100m, DataQualityIndex.ItemsWithoutOpenFlags(0, 0));
    }

    [Fact]
    public void The_index_from_counts_is_the_mean_of_the_components_from_counts()
    {
        var counts = new DataQualityCounts(new SubmissionTiming(20, 18, 15), Submissions: 25, Returns: 5, EvidenceRequired: 10, EvidenceOpened: 8, OpenFlagItems: 2);

        Assert.Equal(new DataQualityComponents(90m, 75m, 80m, 80m, 90m), DataQualityIndex.Components(counts));
        Assert.Equal((90m + 75m + 80m + 80m + 90m) / 5m, DataQualityIndex.Compute(counts));
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    public void Counts_that_cannot_happen_are_a_bug(int part, int whole)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DataQualityIndex.EvidenceReviewed(part, whole));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataQualityIndex.FirstPassAcceptance(part, whole));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataQualityIndex.ItemsWithoutOpenFlags(part, whole));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    public void A_component_outside_0_to_100_is_a_bug(double component) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DataQualityIndex.Compute(50m, 50m, 50m, 50m, (decimal)component));

    private static DataQualityCounts Counts(int openFlagItems) => new(new SubmissionTiming(35, 30, 25), 40, 4, 10, 6, openFlagItems);
}

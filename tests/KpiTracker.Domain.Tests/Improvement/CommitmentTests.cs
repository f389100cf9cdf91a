using KpiTracker.Domain.Common;
using KpiTracker.Domain.Improvement;
using KpiTracker.Domain.Tests.Collection;

namespace KpiTracker.Domain.Tests.Improvement;

public sealed class CommitmentTests
{
    private static readonly DateTimeOffset Now = CollectionSamples.Now;

    [Fact]
    public void Walks_proposed_returned_proposed_approved_locked()
    {
        var commitment = Commitment.Propose(2026, "OM-BS", CollectionSamples.Percent, 80m, null, "reviewer.bs", Now);
        Assert.Equal(CommitmentStatus.Proposed, commitment.Status);

        Assert.Empty(commitment.Return("Too low for the trend", "central1", Now));
        Assert.Equal((CommitmentStatus.Returned, "Too low for the trend"), (commitment.Status, commitment.ReturnReason));
        Assert.Equal("commitment.not_proposed", Assert.Single(commitment.Approve("central1", Now)).Code);

        Assert.Empty(commitment.Repropose(CollectionSamples.Percent, 84m, null, "reviewer.bs", Now));
        Assert.Equal((CommitmentStatus.Proposed, 84m, (string?)null), (commitment.Status, commitment.Value, commitment.ReturnReason));
        Assert.Empty(commitment.Approve("central1", Now));
        Assert.True(commitment.LockAtOpening(Now));

        Assert.Equal(CommitmentStatus.Locked, commitment.Status);
        Assert.Equal("commitment.locked", Assert.Single(commitment.Repropose(CollectionSamples.Percent, 90m, null, "reviewer.bs", Now)).Code);
        Assert.Equal("commitment.locked", Assert.Single(commitment.Return("late", "central1", Now)).Code);
        Assert.Equal(84m, commitment.Value);
    }

    [Fact]
    public void Only_approved_commitments_lock_at_opening()
    {
        var proposed = Commitment.Propose(2026, "OM-BS", CollectionSamples.Percent, 80m, null, "reviewer.bs", Now);
        Assert.False(proposed.LockAtOpening(Now));
        Assert.Equal(CommitmentStatus.Proposed, proposed.Status);
    }

    [Theory]
    [InlineData(-0.1, "commitment.value.out_of_range")]
    [InlineData(100.1, "commitment.value.out_of_range")]
    [InlineData(0, null)]
    [InlineData(100, null)]
    public void Value_must_lie_within_the_allowed_range(decimal value, string? code)
    {
        Assert.Equal(code, Commitment.CheckValue(CollectionSamples.Percent, value).SingleOrDefault()?.Code);
    }

    [Fact]
    public void Counts_commit_to_whole_numbers_and_an_invalid_value_is_never_stored()
    {
        Assert.Equal("commitment.value.whole", Assert.Single(Commitment.CheckValue(CollectionSamples.Count, 3.5m)).Code);
        var commitment = Commitment.Propose(2026, "OM-BS", CollectionSamples.Percent, 80m, null, "reviewer.bs", Now);
        Assert.Equal("commitment.value.out_of_range", Assert.Single(commitment.Repropose(CollectionSamples.Percent, 101m, null, "r", Now)).Code);
        Assert.Equal(80m, commitment.Value);
        Assert.Throws<DomainException>(() => Commitment.Propose(2026, "OM-BS", CollectionSamples.Percent, 101m, null, "r", Now));
    }

    [Theory]
    [InlineData(80, CommitmentMet.Yes)] // equal counts as met
    [InlineData(85, CommitmentMet.Yes)]
    [InlineData(79.9, CommitmentMet.No)]
    public void Up_commitment_is_met_at_or_above_it(decimal reported, CommitmentMet met) =>
        Assert.Equal(met, Commitment.MetBy(Betterness.Of(CollectionSamples.Percent), 80m, reported));

    [Theory]
    [InlineData(10, CommitmentMet.Yes)]
    [InlineData(9, CommitmentMet.Yes)]
    [InlineData(10.5, CommitmentMet.No)]
    public void Down_commitment_is_met_at_or_below_it(decimal reported, CommitmentMet met) =>
        Assert.Equal(met, Commitment.MetBy(Betterness.Of(CollectionSamples.Days), 10m, reported));

    [Theory]
    [InlineData(86, CommitmentMet.Yes)] // as near the band (90–100) as the commitment 86
    [InlineData(104, CommitmentMet.Yes)]
    [InlineData(95, CommitmentMet.Yes)]
    [InlineData(85, CommitmentMet.No)]
    [InlineData(104.5, CommitmentMet.No)]
    public void Range_commitment_is_met_as_near_the_band(decimal reported, CommitmentMet met) =>
        Assert.Equal(met, Commitment.MetBy(Betterness.Of(CollectionSamples.Budget), 86m, reported));

    [Fact]
    public void Without_a_value_next_cycle_the_commitment_is_not_measurable() =>
        Assert.Equal(CommitmentMet.NotMeasurable, Commitment.MetBy(Betterness.Of(CollectionSamples.Percent), 80m, null));
}

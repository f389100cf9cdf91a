using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Tests.Scoring;

public sealed class RankingTests
{
    [Fact]
    public void Equal_rounded_scores_share_a_rank_and_the_next_rank_skips()
    {
        var ranked = Ranking.Rank([("OM-ZU", 75.0m), ("OM-MA", 82.3m), ("OM-BS", 75.04m), ("OM-DA", 70m)]);

        Assert.Equal([("OM-MA", 1), ("OM-BS", 2), ("OM-ZU", 2), ("OM-DA", 4)], ranked.Select(r => (r.OrgUnitCode, r.Rank!.Value)).ToArray());
    }

    [Fact]
    public void Ties_are_judged_on_the_rounded_score()
    {
        var ranked = Ranking.Rank([("OM-MU", 74.96m), ("OM-BU", 75.04m), ("OM-BJ", 75.05m)]);

        Assert.Equal([("OM-BJ", (int?)1), ("OM-BU", 2), ("OM-MU", 2)], ranked.ToArray());
    }

    [Fact]
    public void Units_without_a_score_have_no_rank_and_come_last_by_code()
    {
        var ranked = Ranking.Rank([("OM-WU", null), ("OM-ZA", 60m), ("OM-SJ", null), ("OM-SS", 90m)]);

        Assert.Equal([("OM-SS", (int?)1), ("OM-ZA", 2), ("OM-SJ", null), ("OM-WU", null)], ranked.ToArray());
    }

    [Fact]
    public void Everyone_tied_is_first()
    {
        var ranked = Ranking.Rank([("B", 50m), ("A", 50m), ("C", 50m)]);

        Assert.Equal([("A", (int?)1), ("B", 1), ("C", 1)], ranked.ToArray());
    }

    [Fact]
    public void Nothing_to_rank_is_an_empty_table() => Assert.Empty(Ranking.Rank([]));

    [Fact]
    public void A_unit_listed_twice_is_a_bug() =>
        Assert.Throws<ArgumentException>(() => Ranking.Rank([("OM-MA", 1m), ("OM-MA", 2m)]));
}

using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Tests.Scoring;

/// <summary>Properties over 10,000 seeded random cases each; a failure names its seed and case so it can be replayed.</summary>
public sealed class ScoringPropertyTests
{
    private const int Cases = 10_000;
    private const decimal Tolerance = 1e-20m;

    [Fact]
    public void An_indicator_score_is_always_between_0_and_100()
    {
        var random = new RandomScorecards(101);
        for (var n = 0; n < Cases; n++)
        {
            var indicator = RandomIndicator(random);
            var value = random.Between(-200m, 300m);

            Assert.InRange(IndicatorScoring.Score(indicator, value), 0m, 100m);
        }
    }

    [Fact]
    public void Every_score_on_a_scorecard_is_between_0_and_100()
    {
        var random = new RandomScorecards(202);
        for (var n = 0; n < Cases; n++)
        {
            var fw = random.Framework();
            var score = ScoringEngine.Score(fw, random.Results(fw), random.Kind());

            Assert.All(score.Indicators.Where(i => i.Score is not null), i => Assert.InRange(i.Score!.Value, 0m, 100m));
            Assert.All(score.Criteria.Where(c => c.Published), c => Assert.InRange(c.Score!.Value, 0m, 100m));
            Assert.True(score.Overall is null or >= 0m and <= 100m, $"case {n}: overall {score.Overall}");
        }
    }

    [Fact]
    public void Improving_one_value_never_lowers_its_criterion_or_the_overall()
    {
        var random = new RandomScorecards(303);
        for (var n = 0; n < Cases; n++)
        {
            var fw = random.Framework();
            var kind = random.Kind();
            var results = random.Results(fw);
            var withValue = results.Where(r => r.Status == IndicatorStatus.Value).ToList();
            if (withValue.Count == 0)
            {
                continue;
            }

            var changed = random.Pick(withValue);
            var indicator = fw.Indicators.Single(i => i.Code == changed.Code);
            var better = Improved(random, indicator, changed.Value!.Value);
            var before = ScoringEngine.Score(fw, results, kind);
            var after = ScoringEngine.Score(fw, [.. results.Select(r => r == changed ? IndicatorResult.Accepted(r.Code, better) : r)], kind);

            Assert.True(after.Indicators.Single(i => i.Code == changed.Code).Score >= before.Indicators.Single(i => i.Code == changed.Code).Score, $"case {n}: indicator");
            Assert.True((after.Criteria.Single(c => c.Code == indicator.CriterionCode).Score ?? 0m) >= (before.Criteria.Single(c => c.Code == indicator.CriterionCode).Score ?? 0m), $"case {n}: criterion");
            Assert.True((after.Overall ?? 0m) >= (before.Overall ?? 0m), $"case {n}: overall");
        }
    }

    [Fact]
    public void The_order_of_the_results_never_changes_a_number()
    {
        var random = new RandomScorecards(404);
        for (var n = 0; n < Cases; n++)
        {
            var fw = random.Framework();
            var kind = random.Kind();
            var results = random.Results(fw);

            var expected = ScoringEngine.Score(fw, results, kind);
            var actual = ScoringEngine.Score(fw, random.Shuffled(results), kind);

            Assert.Equal(expected.Overall, actual.Overall);
            Assert.Equal(expected.Coverage, actual.Coverage);
            Assert.Equal(expected.Criteria, actual.Criteria);
            Assert.Equal(expected.Indicators, actual.Indicators);
        }
    }

    [Fact]
    public void Contributions_sum_to_the_criterion_scores_and_the_overall_index()
    {
        var random = new RandomScorecards(505);
        for (var n = 0; n < Cases; n++)
        {
            var fw = random.Framework();
            var score = ScoringEngine.Score(fw, random.Results(fw), random.Kind());

            if (score.Overall is { } overall)
            {
                Assert.InRange(score.Indicators.Sum(i => i.ContributionToOverall ?? 0m) - overall, -Tolerance, Tolerance);
                Assert.InRange(score.Criteria.Sum(c => c.WeightShare ?? 0m) - 1m, -Tolerance, Tolerance);
            }
            else
            {
                Assert.All(score.Indicators, i => Assert.Null(i.ContributionToOverall));
            }

            // An unpublished criterion has no share of the index (null, not 0).
            Assert.All(score.Criteria, c => Assert.Equal(c.Published, c.WeightShare is not null));
            foreach (var criterion in score.Criteria.Where(c => c.Published))
            {
                var sum = score.Indicators.Where(i => i.CriterionCode == criterion.Code).Sum(i => i.ContributionToCriterion ?? 0m);
                Assert.InRange(sum - criterion.Score!.Value, -Tolerance, Tolerance);
            }
        }
    }

    [Fact]
    public void A_ranking_does_not_depend_on_the_order_of_the_units_and_counts_those_strictly_ahead()
    {
        var random = new RandomScorecards(606);
        var codes = Organisation.Governorates.All.Select(g => g.Code).ToList();
        for (var n = 0; n < Cases; n++)
        {
            // A narrow band of scores with two decimals makes ties after rounding common.
            var units = codes.Select(code => (code, random.Chance(20) ? (decimal?)null : random.Between(70m, 71m))).ToList();

            var ranked = Ranking.Rank(units);

            Assert.Equal(ranked, Ranking.Rank(random.Shuffled(units)));
            var scores = units.ToDictionary(u => u.code, u => ScoreRounding.Publish(u.Item2));
            Assert.All(ranked, r => Assert.Equal(scores[r.OrgUnitCode] is { } s ? 1 + scores.Values.Count(o => o > s) : null, r.Rank));
        }
    }

    private static ScoringIndicator RandomIndicator(RandomScorecards random)
    {
        var lower = random.Between(-50m, 50m);
        var span = random.Between(0.01m, 100m);
        return random.Next(3) switch
        {
            0 => SampleFrameworks.Up("AAA-01", lower, lower + span),
            1 => SampleFrameworks.Down("AAA-01", lower + span, lower),
            _ => SampleFrameworks.Range("AAA-01", lower, lower + span, lower + span + random.Between(0m, 20m), lower + span + random.Between(20.01m, 60m)),
        };
    }

    /// <summary>A value no worse than <paramref name="value"/>: further up, further down, or towards the band.</summary>
    private static decimal Improved(RandomScorecards random, ScoringIndicator indicator, decimal value) => indicator.Direction switch
    {
        IndicatorDirection.Up => value + random.Between(0m, 20m),
        IndicatorDirection.Down => value - random.Between(0m, 20m),
        _ when value < indicator.Range!.TargetLow => value + random.Between(0m, indicator.Range.TargetHigh - value),
        _ when value > indicator.Range.TargetHigh => value - random.Between(0m, value - indicator.Range.TargetLow),
        _ => value,
    };
}

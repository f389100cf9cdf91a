using CsCheck;
using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Tests.Scoring;

/// <summary>Properties over 10,000 random cases each; a failure is shrunk to a minimal case and names the seed that replays it.</summary>
public sealed class ScoringPropertyTests
{
    private const int Cases = 10_000;
    private const decimal Tolerance = 1e-20m;

    /// <summary>Up, down or a range, with bounds anywhere from -50 to 200.</summary>
    private static readonly Gen<ScoringIndicator> Indicator = Gen.Select(
        Gen.Int[0, 2], ScorecardGen.Between(-50m, 50m), ScorecardGen.Between(0.01m, 100m), ScorecardGen.Between(0m, 20m), ScorecardGen.Between(20.01m, 60m),
        (direction, lower, span, band, beyond) => direction switch
        {
            0 => SampleFrameworks.Up("AAA-01", lower, lower + span),
            1 => SampleFrameworks.Down("AAA-01", lower + span, lower),
            _ => SampleFrameworks.Range("AAA-01", lower, lower + span, lower + span + band, lower + span + beyond),
        });

    [Fact]
    public void An_indicator_score_is_always_between_0_and_100() =>
        Gen.Select(Indicator, ScorecardGen.Between(-200m, 300m))
            .Sample((indicator, value) => Assert.InRange(IndicatorScoring.Score(indicator, value), 0m, 100m), iter: Cases);

    [Fact]
    public void Every_score_on_a_scorecard_is_between_0_and_100() =>
        ScorecardGen.Scorecard.Sample((fw, results, kind) =>
        {
            var score = ScoringEngine.Score(fw, results, kind);

            Assert.All(score.Indicators.Where(i => i.Score is not null), i => Assert.InRange(i.Score!.Value, 0m, 100m));
            Assert.All(score.Criteria.Where(c => c.Published), c => Assert.InRange(c.Score!.Value, 0m, 100m));
            Assert.True(score.Overall is null or >= 0m and <= 100m, $"overall {score.Overall}");
        }, iter: Cases);

    [Fact]
    public void Improving_one_value_never_lowers_its_criterion_or_the_overall() =>
        Gen.Select(ScorecardGen.Scorecard, Gen.Int[0, 1_000], ScorecardGen.Step).Sample((scorecard, pick, step) =>
        {
            var (fw, results, kind) = scorecard;
            var withValue = results.Where(r => r.Status == IndicatorStatus.Value).ToList();
            if (withValue.Count == 0)
            {
                return;
            }

            var changed = withValue[pick % withValue.Count];
            var indicator = fw.Indicators.Single(i => i.Code == changed.Code);
            var better = Improved(indicator, changed.Value!.Value, step);
            var before = ScoringEngine.Score(fw, results, kind);
            var after = ScoringEngine.Score(fw, [.. results.Select(r => r == changed ? IndicatorResult.Accepted(r.Code, better) : r)], kind);

            Assert.True(after.Indicators.Single(i => i.Code == changed.Code).Score >= before.Indicators.Single(i => i.Code == changed.Code).Score, "indicator");
            Assert.True((after.Criteria.Single(c => c.Code == indicator.CriterionCode).Score ?? 0m) >= (before.Criteria.Single(c => c.Code == indicator.CriterionCode).Score ?? 0m), "criterion");
            Assert.True((after.Overall ?? 0m) >= (before.Overall ?? 0m), "overall");
        }, iter: Cases);

    [Fact]
    public void The_order_of_the_results_never_changes_a_number() =>
        ScorecardGen.Scorecard
            .SelectMany((fw, results, kind) => Gen.Shuffle(results.ToArray()).Select(shuffled => (fw, results, kind, shuffled)))
            .Sample((fw, results, kind, shuffled) =>
            {
                var expected = ScoringEngine.Score(fw, results, kind);
                var actual = ScoringEngine.Score(fw, shuffled, kind);

                Assert.Equal(expected.Overall, actual.Overall);
                Assert.Equal(expected.Coverage, actual.Coverage);
                Assert.Equal(expected.Criteria, actual.Criteria);
                Assert.Equal(expected.Indicators, actual.Indicators);
            }, iter: Cases);

    [Fact]
    public void Contributions_sum_to_the_criterion_scores_and_the_overall_index() =>
        ScorecardGen.Scorecard.Sample((fw, results, kind) =>
        {
            var score = ScoringEngine.Score(fw, results, kind);

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
        }, iter: Cases);

    [Fact]
    public void A_ranking_does_not_depend_on_the_order_of_the_units_and_counts_those_strictly_ahead()
    {
        var codes = Organisation.Governorates.All.Select(g => g.Code).ToList();
        // A narrow band of scores with two decimals makes ties after rounding common.
        var units = Gen.Select(Gen.Int[0, 99], ScorecardGen.Between(70m, 71m)).Array[codes.Count]
            .Select(picks => codes.Select((code, i) => (code, picks[i].Item1 < 20 ? (decimal?)null : picks[i].Item2)).ToArray());

        units.SelectMany(list => Gen.Shuffle(list.ToArray()).Select(shuffled => (list, shuffled))).Sample((list, shuffled) =>
        {
            var ranked = Ranking.Rank(list);

            Assert.Equal(ranked, Ranking.Rank(shuffled));
            var scores = list.ToDictionary(u => u.code, u => ScoreRounding.Publish(u.Item2));
            Assert.All(ranked, r => Assert.Equal(scores[r.OrgUnitCode] is { } s ? 1 + scores.Values.Count(o => o > s) : null, r.Rank));
        }, iter: Cases);
    }

    /// <summary>A value no worse than <paramref name="value"/>: further up, further down, or towards the band.</summary>
    private static decimal Improved(ScoringIndicator indicator, decimal value, int step) => indicator.Direction switch
    {
        IndicatorDirection.Up => value + ScorecardGen.At(0m, 20m, step),
        IndicatorDirection.Down => value - ScorecardGen.At(0m, 20m, step),
        _ when value < indicator.Range!.TargetLow => value + ScorecardGen.At(0m, indicator.Range.TargetHigh - value, step),
        _ when value > indicator.Range.TargetHigh => value - ScorecardGen.At(0m, value - indicator.Range.TargetLow, step),
        _ => value,
    };
}

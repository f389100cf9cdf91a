using KpiTracker.Domain.Scoring;
using static KpiTracker.Domain.Tests.Scoring.SampleFrameworks;

namespace KpiTracker.Domain.Tests.Scoring;

public sealed class ScoringEngineTests
{
    private static readonly ScoringFramework TwoCriteria = Of([.. Percentages("AAA"), .. Percentages("BBB")]);

    [Fact]
    public void Provisional_leaves_missing_indicators_out_and_final_scores_them_0()
    {
        IndicatorResult[] results = [.. AllAt(Percentages("AAA", 4), 80m), IndicatorResult.Missing("AAA-05"), .. AllAt(Percentages("BBB"), 60m)];

        var provisional = ScoringEngine.Score(TwoCriteria, results, ScoreKind.Provisional);
        var final = ScoringEngine.Score(TwoCriteria, results, ScoreKind.Final);

        Assert.Equal(80m, provisional.Criteria[0].Score);
        Assert.Equal(64m, final.Criteria[0].Score);
        Assert.Equal(70m, provisional.Overall);
        Assert.Equal(62m, final.Overall);

        var provisionalMissing = provisional.Indicators.Single(i => i.Code == "AAA-05");
        Assert.False(provisionalMissing.Counted);
        Assert.Null(provisionalMissing.Score);
        Assert.Null(provisionalMissing.ContributionToOverall);
        Assert.Equal(TrafficLight.Grey, provisionalMissing.Light);

        var finalMissing = final.Indicators.Single(i => i.Code == "AAA-05");
        Assert.True(finalMissing.Counted);
        Assert.Equal(0m, finalMissing.Score);
        Assert.Equal(0m, finalMissing.PublishedScore);
        Assert.Equal(0m, finalMissing.ContributionToOverall);
        Assert.Equal(TrafficLight.Grey, finalMissing.Light);
        Assert.Null(finalMissing.Achievement);
    }

    [Theory]
    [InlineData(ScoreKind.Provisional)]
    [InlineData(ScoreKind.Final)]
    public void Not_applicable_is_always_left_out_with_its_weight_renormalised(ScoreKind kind)
    {
        var fw = Of(Up("AAA-01", 0, 100, weight: 2), Up("AAA-02", 0, 100), Up("AAA-03", 0, 100), Up("AAA-04", 0, 100, weight: 5));
        IndicatorResult[] results = [IndicatorResult.Accepted("AAA-01", 90m), IndicatorResult.Accepted("AAA-02", 60m), IndicatorResult.Accepted("AAA-03", 30m), IndicatorResult.NotApplicable("AAA-04")];

        var score = ScoringEngine.Score(fw, results, kind);

        Assert.Equal(67.5m, score.Criteria[0].Score);
        Assert.Equal(3, score.Criteria[0].ApplicableCount);
        Assert.Equal([0.5m, 0.25m, 0.25m], score.Indicators.Take(3).Select(i => i.ContributionToCriterion!.Value / i.Score!.Value).ToArray());
        Assert.False(score.Indicators[3].Counted);
        Assert.Equal(1m, score.Coverage);
    }

    [Fact]
    public void A_criterion_with_2_applicable_indicators_is_not_published_and_the_others_share_its_weight()
    {
        var fw = Of(new Dictionary<string, decimal> { ["AAA"] = 1m, ["BBB"] = 3m, ["CCC"] = 1m }, [.. Percentages("AAA"), .. Percentages("BBB"), .. Percentages("CCC")]);
        IndicatorResult[] results =
        [
            .. AllAt(Percentages("AAA"), 50m),
            .. AllAt(Percentages("BBB", 2), 100m), IndicatorResult.NotApplicable("BBB-03"), IndicatorResult.NotApplicable("BBB-04"), IndicatorResult.NotApplicable("BBB-05"),
            .. AllAt(Percentages("CCC"), 70m),
        ];

        var score = ScoringEngine.Score(fw, results, ScoreKind.Final);
        var bbb = score.Criteria[1];

        Assert.False(bbb.Published);
        Assert.Null(bbb.Score);
        Assert.Null(bbb.PublishedScore);
        Assert.Null(bbb.Band);
        Assert.Equal(2, bbb.ApplicableCount);
        Assert.Null(bbb.WeightShare);
        Assert.Equal(60m, score.Overall);
        Assert.Equal([0.5m, null, 0.5m], score.Criteria.Select(c => c.WeightShare).ToArray());
        Assert.All(score.Indicators.Where(i => i.CriterionCode == "BBB" && i.Status == IndicatorStatus.Value), i =>
        {
            Assert.Equal(100m, i.Score);
            Assert.Equal(TrafficLight.Green, i.Light);
            Assert.Null(i.ContributionToOverall);
        });
    }

    [Fact]
    public void In_a_provisional_score_a_criterion_with_no_accepted_value_is_not_published_but_in_a_final_one_it_scores_0()
    {
        IndicatorResult[] results = [.. AllAt(Percentages("AAA"), 80m)];

        var provisional = ScoringEngine.Score(TwoCriteria, results, ScoreKind.Provisional);
        var final = ScoringEngine.Score(TwoCriteria, results, ScoreKind.Final);

        Assert.False(provisional.Criteria[1].Published);
        Assert.Equal(80m, provisional.Overall);
        Assert.Equal(0m, final.Criteria[1].Score);
        Assert.Equal(40m, final.Overall);
    }

    [Fact]
    public void With_no_criterion_published_there_is_no_overall_index()
    {
        var score = ScoringEngine.Score(TwoCriteria, [], ScoreKind.Provisional);

        Assert.Null(score.Overall);
        Assert.Null(score.PublishedOverall);
        Assert.Null(score.Band);
        Assert.Equal(0m, score.Coverage);
        Assert.True(score.InsufficientData);
        Assert.All(score.Indicators, i => Assert.Equal(IndicatorStatus.Missing, i.Status));
    }

    [Fact]
    public void With_nothing_applicable_coverage_is_null()
    {
        var score = ScoringEngine.Score(TwoCriteria, [.. TwoCriteria.Indicators.Select(i => IndicatorResult.NotApplicable(i.Code))], ScoreKind.Final);

        Assert.Null(score.Coverage);
        Assert.Null(score.Overall);
        Assert.True(score.InsufficientData);
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(7, false)]
    [InlineData(6, false)]
    [InlineData(5, true)]
    [InlineData(0, true)]
    public void Coverage_below_two_thirds_is_insufficient_data(int values, bool insufficient)
    {
        var fw = Of([.. Percentages("AAA", 3), .. Percentages("BBB", 3), .. Percentages("CCC", 3)]);
        var results = fw.Indicators.Select((i, n) => n < values ? IndicatorResult.Accepted(i.Code, 70m) : IndicatorResult.Missing(i.Code)).ToList();

        var score = ScoringEngine.Score(fw, results, ScoreKind.Provisional);

        Assert.Equal(values / 9m, score.Coverage);
        Assert.Equal(insufficient, score.InsufficientData);
        Assert.Equal(values, score.ValueCount);
        Assert.Equal(9, score.ApplicableCount);
    }

    public static TheoryData<decimal, decimal, string> BandBoundaries => new()
    {
        { 89.95m, 90.0m, "leading" }, { 89.94m, 89.9m, "advanced" }, { 74.95m, 75.0m, "advanced" }, { 74.94m, 74.9m, "established" },
        { 59.95m, 60.0m, "established" }, { 39.95m, 40.0m, "developing" }, { 39.94m, 39.9m, "initial" }, { 0m, 0m, "initial" }, { 100m, 100m, "leading" },
    };

    [Theory]
    [MemberData(nameof(BandBoundaries))]
    public void Bands_come_from_the_rounded_number(decimal full, decimal published, string band)
    {
        var fw = Of(Percentages("AAA"));

        var score = ScoringEngine.Score(fw, AllAt(fw.Indicators, full), ScoreKind.Final);

        Assert.Equal(full, score.Overall);
        Assert.Equal(published, score.PublishedOverall);
        Assert.Equal(band, score.Band);
        Assert.Equal(band, score.Criteria[0].Band);
    }

    public static TheoryData<decimal, TrafficLight> Lights => new()
    {
        { 100m, TrafficLight.Green }, { 90m, TrafficLight.Green }, { 89.95m, TrafficLight.Green }, { 89.94m, TrafficLight.Amber },
        { 70m, TrafficLight.Amber }, { 69.95m, TrafficLight.Amber }, { 69.94m, TrafficLight.Red }, { 0m, TrafficLight.Red },
    };

    [Theory]
    [MemberData(nameof(Lights))]
    public void Traffic_lights_come_from_the_rounded_indicator_score(decimal value, TrafficLight light)
    {
        var fw = Of(Percentages("AAA"));

        Assert.All(ScoringEngine.Score(fw, AllAt(fw.Indicators, value), ScoreKind.Provisional).Indicators, i => Assert.Equal(light, i.Light));
    }

    [Fact]
    public void Traffic_light_thresholds_come_from_the_framework()
    {
        var fw = Of(Percentages("AAA")) with { GreenThreshold = 80m, AmberThreshold = 50m };

        Assert.Equal(TrafficLight.Green, ScoringEngine.Score(fw, AllAt(fw.Indicators, 85m), ScoreKind.Final).Indicators[0].Light);
        Assert.Equal(TrafficLight.Amber, ScoringEngine.Score(fw, AllAt(fw.Indicators, 50m), ScoreKind.Final).Indicators[0].Light);
    }

    [Fact]
    public void Contributions_add_up_to_the_criterion_and_overall_scores()
    {
        var fw = Of(new Dictionary<string, decimal> { ["AAA"] = 2m, ["BBB"] = 1m }, Up("AAA-01", 0, 30, 3), Up("AAA-02", 0, 7), Down("AAA-03", 9, 2, 2), Range("BBB-01", 0, 3, 6, 11), Up("BBB-02", 1, 13), Up("BBB-03", 0, 1));
        IndicatorResult[] results = [IndicatorResult.Accepted("AAA-01", 10m), IndicatorResult.Accepted("AAA-02", 5m), IndicatorResult.Accepted("AAA-03", 4m), IndicatorResult.Accepted("BBB-01", 7m), IndicatorResult.Accepted("BBB-02", 8m)];

        var score = ScoringEngine.Score(fw, results, ScoreKind.Final);

        Assert.InRange(score.Indicators.Sum(i => i.ContributionToOverall ?? 0m) - score.Overall!.Value, -1e-20m, 1e-20m);
        Assert.All(score.Criteria, c => Assert.InRange(score.Indicators.Where(i => i.CriterionCode == c.Code).Sum(i => i.ContributionToCriterion ?? 0m) - c.Score!.Value, -1e-20m, 1e-20m));
    }

    [Fact]
    public void Criteria_are_listed_in_their_order_and_indicators_in_framework_order()
    {
        var fw = Of([.. Percentages("AAA", 3), .. Percentages("BBB", 3)]) with { Criteria = [new ScoringCriterion("BBB", 1m, 1), new ScoringCriterion("AAA", 1m, 2)] };

        var score = ScoringEngine.Score(fw, [], ScoreKind.Final);

        Assert.Equal(["BBB", "AAA"], score.Criteria.Select(c => c.Code).ToArray());
        Assert.Equal(fw.Indicators.Select(i => i.Code), score.Indicators.Select(i => i.Code));
    }

    [Fact]
    public void Results_the_framework_does_not_know_or_malformed_results_are_bugs()
    {
        Assert.Throws<ArgumentException>(() => ScoringEngine.Score(TwoCriteria, [IndicatorResult.Accepted("ZZZ-01", 1m)], ScoreKind.Final));
        Assert.Throws<ArgumentException>(() => ScoringEngine.Score(TwoCriteria, [IndicatorResult.Accepted("AAA-01", 1m), IndicatorResult.Accepted("AAA-01", 2m)], ScoreKind.Final));
        Assert.Throws<ArgumentException>(() => ScoringEngine.Score(TwoCriteria, [new IndicatorResult("AAA-01", IndicatorStatus.Value, null)], ScoreKind.Final));
        Assert.Throws<ArgumentException>(() => ScoringEngine.Score(TwoCriteria, [new IndicatorResult("AAA-01", IndicatorStatus.Missing, 3m)], ScoreKind.Final));
    }

    [Fact]
    public void A_framework_the_engine_cannot_score_is_a_bug()
    {
        Assert.Throws<ArgumentException>(() => ScoringEngine.Score(TwoCriteria with { Criteria = [TwoCriteria.Criteria[0]] }, [], ScoreKind.Final));
        Assert.Throws<ArgumentException>(() => ScoringEngine.Score(TwoCriteria with { Criteria = [TwoCriteria.Criteria[0] with { Weight = 0m }, TwoCriteria.Criteria[1]] }, [], ScoreKind.Final));
        Assert.Throws<ArgumentException>(() => ScoringEngine.Score(Of(Up("AAA-01", 0, 100, weight: 0m)), [], ScoreKind.Final));
        Assert.Throws<ArgumentException>(() => ScoringEngine.Score(Of(Up("AAA-01", 0, 100), Up("AAA-01", 0, 50)), [], ScoreKind.Final));
    }
}

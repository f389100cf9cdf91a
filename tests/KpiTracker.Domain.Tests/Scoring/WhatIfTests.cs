using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Scoring;
using static KpiTracker.Domain.Tests.Scoring.SampleFrameworks;

namespace KpiTracker.Domain.Tests.Scoring;

public sealed class WhatIfTests
{
    private const decimal Step = 0.000001m;

    /// <summary>Every indicator at 92 but CUS-05, PAO-05 (below its band) and LSP-01: mean 3124 / 35 = 89.257…, published 89.3.</summary>
    private static IndicatorResult[] NearlyLeading() =>
    [
        .. Iis2024.Indicators.Select(i => IndicatorResult.Accepted(i.Code, ValueScoring(i, i.Code switch
        {
            "CUS-05" or "PAO-05" => 50m,
            "LSP-01" => 80m,
            _ => 92m,
        }))),
    ];

    [Fact]
    public void Overrides_are_scored_as_accepted_values()
    {
        IndicatorResult[] results = [IndicatorResult.NotApplicable("AAA-01"), IndicatorResult.Accepted("AAA-02", 50m), IndicatorResult.Accepted("AAA-03", 50m)];
        var fw = Of(Percentages("AAA", 3));

        var score = WhatIf.Evaluate(fw, results, ScoreKind.Provisional, new Dictionary<string, decimal> { ["AAA-01"] = 80m, ["AAA-02"] = 20m });

        Assert.Equal(50m, score.Overall);
        Assert.Equal(IndicatorStatus.Value, score.Indicators[0].Status);
        Assert.Throws<ArgumentException>(() => WhatIf.Evaluate(fw, results, ScoreKind.Provisional, new Dictionary<string, decimal> { ["ZZZ-01"] = 1m }));
    }

    [Theory]
    [InlineData(ScoreKind.Provisional)]
    [InlineData(ScoreKind.Final)]
    public void Each_answer_lifts_the_published_overall_into_the_next_band_and_one_step_less_does_not(ScoreKind kind)
    {
        var results = NearlyLeading();

        var plan = WhatIf.RequiredForNextBand(Iis2024, results, kind);

        Assert.Equal(89.3m, plan.PublishedOverall);
        Assert.Equal(("advanced", "leading", 90m), (plan.CurrentBand, plan.NextBand, plan.NextBandMinScore));
        Assert.Equal(35, plan.Indicators.Count);
        var reachable = plan.Indicators.Where(r => r.Value is not null).ToList();
        Assert.Equal(["PAO-05", "CUS-05"], reachable.Select(r => r.Code).ToArray());
        Assert.All(plan.Indicators.Except(reachable), r => Assert.Equal(RequiredValue.NotReachable, r.Reason));
        foreach (var answer in reachable)
        {
            AssertMinimal(Iis2024, results, kind, plan, answer, worse: answer.Code == "CUS-05" ? Step : -Step);
        }

        // The overall needs 89.95, i.e. 24.25 more points on one of 35 equal indicators: a score of 74.25.
        Assert.Equal(84.85m, reachable[0].Value);
        Assert.Equal(8.8625m, reachable[1].Value);
    }

    [Fact]
    public void A_range_indicator_above_its_band_comes_down_to_the_nearest_value_that_reaches()
    {
        var results = NearlyLeading().Select(r => r.Code == "PAO-05" ? IndicatorResult.Accepted("PAO-05", 105m) : r).ToArray();

        var plan = WhatIf.RequiredForNextBand(Iis2024, results, ScoreKind.Final);
        var answer = plan.Indicators.Single(r => r.Code == "PAO-05");

        Assert.Equal(102.575m, answer.Value);
        AssertMinimal(Iis2024, results, ScoreKind.Final, plan, answer, worse: Step);
    }

    [Fact]
    public void A_missing_indicator_in_a_provisional_score_is_answered_with_it_counted()
    {
        var fw = Of([.. Percentages("AAA"), .. Percentages("BBB")]);
        IndicatorResult[] results = [.. AllAt(Percentages("AAA"), 80m), IndicatorResult.Accepted("BBB-01", 30m)];

        var plan = WhatIf.RequiredForNextBand(fw, results, ScoreKind.Provisional);

        Assert.Equal(("developing", "established"), (plan.CurrentBand, plan.NextBand));
        var answer = plan.Indicators.Single(r => r.Code == "BBB-02");
        Assert.Equal(49.8m, answer.Value);
        AssertMinimal(fw, results, ScoreKind.Provisional, plan, answer, worse: -Step);
    }

    [Fact]
    public void A_value_that_gets_a_criterion_published_is_found_too()
    {
        var fw = Of([.. Percentages("AAA"), .. Percentages("BBB")]);
        var results = AllAt(Percentages("AAA"), 45m);

        var plan = WhatIf.RequiredForNextBand(fw, results, ScoreKind.Provisional);

        Assert.Equal(45m, plan.PublishedOverall);
        Assert.All(plan.Indicators.Where(r => r.Code.StartsWith("BBB", StringComparison.Ordinal)), answer =>
        {
            Assert.Equal(74.9m, answer.Value);
            AssertMinimal(fw, results, ScoreKind.Provisional, plan, answer, worse: -Step);
        });
        Assert.All(plan.Indicators.Where(r => r.Code.StartsWith("AAA", StringComparison.Ordinal)), r => Assert.Equal(RequiredValue.NotReachable, r.Reason));
    }

    [Fact]
    public void Not_applicable_indicators_are_not_asked()
    {
        var results = NearlyLeading().Select(r => r.Code == "LSP-01" ? IndicatorResult.NotApplicable("LSP-01") : r).ToArray();

        Assert.DoesNotContain(WhatIf.RequiredForNextBand(Iis2024, results, ScoreKind.Final).Indicators, r => r.Code == "LSP-01");
    }

    [Fact]
    public void In_the_top_band_there_is_nothing_to_reach()
    {
        var results = Iis2024.Indicators.Select(i => IndicatorResult.Accepted(i.Code, ValueScoring(i, 95m))).ToList();

        var plan = WhatIf.RequiredForNextBand(Iis2024, results, ScoreKind.Final);

        Assert.Equal(("leading", (string?)null), (plan.CurrentBand, plan.NextBand));
        Assert.All(plan.Indicators, r => Assert.Equal((null, RequiredValue.AlreadyTop), (r.Value, r.Reason)));
    }

    [Fact]
    public void Without_an_overall_index_there_is_no_band_to_lift() =>
        Assert.All(WhatIf.RequiredForNextBand(Iis2024, [], ScoreKind.Provisional).Indicators, r => Assert.Equal(RequiredValue.NoOverall, r.Reason));

    internal static decimal ValueScoring(ScoringIndicator indicator, decimal score) => indicator.Direction == IndicatorDirection.Range
        ? indicator.Range!.LowerZero + (score * (indicator.Range.TargetLow - indicator.Range.LowerZero) / 100m)
        : indicator.Lower!.Value + (score * (indicator.Target!.Value - indicator.Lower.Value) / 100m);

    private static void AssertMinimal(ScoringFramework fw, IReadOnlyList<IndicatorResult> results, ScoreKind kind, NextBandPlan plan, RequiredValue answer, decimal worse)
    {
        var value = answer.Value!.Value;
        var reached = WhatIf.Evaluate(fw, results, kind, new Dictionary<string, decimal> { [answer.Code] = value });
        var missed = WhatIf.Evaluate(fw, results, kind, new Dictionary<string, decimal> { [answer.Code] = value + worse });

        Assert.True(reached.PublishedOverall >= plan.NextBandMinScore, $"{answer.Code} = {value} gives {reached.PublishedOverall}");
        Assert.Equal(plan.NextBand, reached.Band);
        Assert.True(missed.PublishedOverall < plan.NextBandMinScore, $"{answer.Code} = {value + worse} gives {missed.PublishedOverall}");
        Assert.Equal(answer.Score, IndicatorScoring.Score(fw.Indicators.Single(i => i.Code == answer.Code), value));
    }
}

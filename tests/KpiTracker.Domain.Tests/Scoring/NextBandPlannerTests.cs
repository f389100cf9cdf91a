using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Scoring;
using static KpiTracker.Domain.Tests.Scoring.SampleFrameworks;

namespace KpiTracker.Domain.Tests.Scoring;

public sealed class NextBandPlannerTests
{
    /// <summary>
    /// DOMAIN section 4's example: LSP 78.0, HCC 71.5, PAO 83.0, INN 55.0, CUS 87.43, GOV 90.2, ENV 64.0, overall 3703.9 / 49 =
    /// 75.5898 (Advanced), 14.4 points short of Leading. Every other criterion has five indicators scored 0 → 100 at the
    /// criterion's score, so an indicator raised to its target adds (100 − s) / 35: INN 45 / 35, ENV 36 / 35, HCC 28.5 / 35,
    /// LSP 22 / 35, CUS-02/03/05 20 / 35, PAO 17 / 35. Thirteen of the largest add 490.5 / 35 = 14.01 (89.604, published 89.6):
    /// short. Fourteen (INN, ENV, four of HCC) add 519 / 35 = 14.83: enough, so the plan has 14 values. One gives back the
    /// excess: with INN-02..05, ENV and HCC-01..04 at 100 (474 / 35 = 13.542857 more), INN-01 must add
    /// (89.95 − 75.589796 − 13.542857) × 35 = 28.607143 points: 55 → 83.607143 (the overall is then 89.95, published 90.0).
    /// </summary>
    [Fact]
    public void The_worked_example_needs_fourteen_values_and_inn_01_gives_back_the_excess()
    {
        (string Code, decimal Score)[] others = [("LSP", 78.0m), ("HCC", 71.5m), ("PAO", 83.0m), ("INN", 55.0m), ("GOV", 90.2m), ("ENV", 64.0m)];
        IndicatorResult[] cus = [IndicatorResult.Accepted("CUS-01", 85.7m), IndicatorResult.Accepted("CUS-02", 78m), IndicatorResult.Accepted("CUS-03", 82m), IndicatorResult.Accepted("CUS-04", 94m), IndicatorResult.Accepted("CUS-05", 8m)];
        ScoringIndicator[] cusIndicators = [Up("CUS-01", 50, 85), Up("CUS-02", 50, 85), Up("CUS-03", 50, 90), Up("CUS-04", 60, 95), Down("CUS-05", 20, 5)];
        var fw = Of([.. others.Take(4).SelectMany(c => Percentages(c.Code)), .. cusIndicators, .. others.Skip(4).SelectMany(c => Percentages(c.Code))]);
        var results = others.SelectMany(c => AllAt(Percentages(c.Code), c.Score)).Concat(cus).ToList();

        var plan = NextBandPlanner.Suggest(fw, results, ScoreKind.Final);

        Assert.Equal(("leading", 90.0m, "leading", null), (plan.NextBand, plan.ReachedOverall, plan.ReachedBand, plan.Reason));
        string[] codes = [.. new[] { "HCC-01", "HCC-02", "HCC-03", "HCC-04" }, .. Percentages("INN").Select(i => i.Code), .. Percentages("ENV").Select(i => i.Code)];
        Assert.Equal(codes, plan.Steps.Select(s => s.Code).ToArray());
        Assert.All(plan.Steps.Where(s => s.Code != "INN-01"), s => Assert.Equal(100m, s.ValueTo));
        var lowered = plan.Steps.Single(s => s.Code == "INN-01");
        Assert.Equal((55m, 83.607143m, 55m), (lowered.ValueFrom, lowered.ValueTo, lowered.ScoreFrom));
        Assert.Equal(474m + 28.607143m, plan.TotalChange);
    }

    [Fact]
    public void When_every_indicator_that_can_be_entered_is_at_target_the_plan_says_so()
    {
        // AAA-01 at its target; AAA-02 at the top of its allowed range, below its target; AAA-03 and AAA-04 computed by the platform.
        var edition = SampleEdition.Of(
            SampleEdition.Pct("AAA-01", 0, 100), SampleEdition.Pct("AAA-02", 0, 100) with { AllowedMax = 50 },
            SampleEdition.Pct("AAA-03", 0, 100, SourceType.Platform), SampleEdition.Pct("AAA-04", 0, 100, SourceType.Platform));
        IndicatorResult[] results = [IndicatorResult.Accepted("AAA-01", 100m), IndicatorResult.Accepted("AAA-02", 50m), IndicatorResult.Accepted("AAA-03", 10m), IndicatorResult.Accepted("AAA-04", 10m)];

        var plan = NextBandPlanner.Suggest(edition.Framework, results, ScoreKind.Final, edition.Entry);

        Assert.Equal(("established", SuggestedPlan.TargetsMet), (plan.NextBand, plan.Reason));
        Assert.Empty(plan.Steps);
    }

    [Fact]
    public void In_the_top_band_there_is_nothing_to_plan()
    {
        var plan = NextBandPlanner.Suggest(Iis2024, [.. Iis2024.Indicators.Select(i => IndicatorResult.Accepted(i.Code, WhatIfTests.ValueScoring(i, 95m)))], ScoreKind.Final);

        Assert.Equal((null, SuggestedPlan.AlreadyTop), (plan.NextBand, plan.Reason));
        Assert.Empty(plan.Steps);
    }

    [Fact]
    public void Without_an_overall_index_there_is_nothing_to_plan()
    {
        var plan = NextBandPlanner.Suggest(Iis2024, [], ScoreKind.Provisional);

        Assert.Equal((null, SuggestedPlan.NoOverall), (plan.NextBand, plan.Reason));
    }

    [Fact]
    public void When_even_every_target_falls_short_the_plan_says_so()
    {
        // Six of nine indicators are computed and score 0: three at 100 give 33.3, short of Developing (40).
        var edition = SampleEdition.Of([.. Enumerable.Range(1, 9).Select(i => SampleEdition.Pct($"AAA-0{i}", 0, 100, i > 3 ? SourceType.Platform : SourceType.Admin))]);
        var results = edition.Framework.Indicators.Select(i => IndicatorResult.Accepted(i.Code, 0m)).ToList();

        var plan = NextBandPlanner.Suggest(edition.Framework, results, ScoreKind.Final, edition.Entry);

        Assert.Equal(("developing", SuggestedPlan.NotReachable), (plan.NextBand, plan.Reason));
    }

    [Fact]
    public void Among_plans_of_one_value_the_heavier_indicator_needs_the_fewest_points()
    {
        // AAA-01 weighs 3, AAA-02 and AAA-03 weigh 1, all at 50: Developing, Established needs 59.95. AAA-01 alone needs
        // (3s + 100) / 5 ≥ 59.95, s ≥ 66.583334 (16.58 points); AAA-02 alone needs (150 + s + 50) / 5 ≥ 59.95, s ≥ 99.75 (49.75 points).
        var fw = Of(Up("AAA-01", 0, 100, weight: 3), Up("AAA-02", 0, 100), Up("AAA-03", 0, 100));

        var plan = NextBandPlanner.Suggest(fw, AllAt(fw.Indicators, 50m), ScoreKind.Final);

        var step = Assert.Single(plan.Steps);
        Assert.Equal(("established", "AAA-01", 66.583334m, 60.0m), (plan.NextBand, step.Code, step.ValueTo, plan.ReachedOverall));
    }

    [Fact]
    public void A_scenario_lists_each_changed_indicator_from_to_and_the_published_change()
    {
        // AAA at 50, 50, 50 with AAA-03 missing in a provisional score: AAA = 50. AAA-01 → 80 and AAA-03 → 65: AAA = 65.
        var fw = Of(Percentages("AAA", 3));
        IndicatorResult[] results = [IndicatorResult.Accepted("AAA-01", 50m), IndicatorResult.Accepted("AAA-02", 50m), IndicatorResult.Missing("AAA-03")];

        var scenario = ScenarioComparison.Of(fw, results, ScoreKind.Provisional, new Dictionary<string, decimal> { ["AAA-01"] = 80m, ["AAA-02"] = 50m, ["AAA-03"] = 65m });

        Assert.Equal((50m, 65m, 15m), (scenario.Now.PublishedOverall, scenario.With.PublishedOverall, scenario.OverallChange));
        Assert.Equal(["AAA-01", "AAA-03"], scenario.Changes.Select(c => c.Code).ToArray());
        Assert.Equal((50m, 80m, 50m, 80m, 30m), (scenario.Changes[0].ValueFrom, scenario.Changes[0].ValueTo, scenario.Changes[0].ScoreFrom, scenario.Changes[0].ScoreTo, scenario.Changes[0].ScoreChange));
        Assert.Equal((null, 65m, null, 65m, null), (scenario.Changes[1].ValueFrom, scenario.Changes[1].ValueTo, scenario.Changes[1].ScoreFrom, scenario.Changes[1].ScoreTo, scenario.Changes[1].ScoreChange));
    }
}

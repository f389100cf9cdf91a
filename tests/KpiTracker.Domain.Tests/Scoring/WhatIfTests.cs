using KpiTracker.Domain.Collection;
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

    /// <summary>
    /// (case, the indicator asked about, the score of the four others, the value expected or else the reason). Each edition has
    /// one criterion: AAA-01..04 scored 0 → 100 at the given score, and AAA-05, missing in a final score. Advanced needs an
    /// overall of 74.95, so a total of 374.75 over the five.
    /// </summary>
    private static readonly (string Case, IndicatorSpec Asked, decimal Others, decimal? Value, string? Reason)[] EntryCases =
    [
        ("a count needs 5.475: the next whole number", SampleEdition.Count("AAA-05", 0, 10), 80m, 6m, null),
        ("a lower-is-better count needs 4.525: the whole number below", SampleEdition.Count("AAA-05", 10, 0), 80m, 4m, null),
        ("a percentage keeps its decimals", SampleEdition.Pct("AAA-05", 0, 100), 80m, 54.75m, null),
        ("a computed indicator is never offered", SampleEdition.Pct("AAA-05", 70, 100, SourceType.Platform), 80m, null, RequiredValue.Computed),
        ("needing -19.25 where values start at 0: 0", SampleEdition.Pct("AAA-05", -20, 80), 93.5m, 0m, null),
        ("needing 112.125 where values end at 100: none", SampleEdition.Pct("AAA-05", 0, 150), 75m, null, RequiredValue.NotReachable),
    ];

    [Fact]
    public void With_the_entry_rules_each_answer_is_the_least_demanding_value_the_entry_form_accepts_unchanged()
    {
        var failures = new List<string>();
        foreach (var (name, asked, others, expectedValue, expectedReason) in EntryCases)
        {
            var edition = SampleEdition.Of([.. Enumerable.Range(1, 4).Select(i => SampleEdition.Pct($"AAA-{i:00}", 0, 100)), asked]);
            IndicatorResult[] results = [.. Enumerable.Range(1, 4).Select(i => IndicatorResult.Accepted($"AAA-{i:00}", others)), IndicatorResult.Missing("AAA-05")];

            var plan = WhatIf.RequiredForNextBand(edition.Framework, results, ScoreKind.Final, edition.Entry);

            var answer = plan.Indicators.Single(r => r.Code == "AAA-05");
            if ((answer.Value, answer.Reason, answer.Headroom) != (expectedValue, expectedReason, 20m))
            {
                failures.Add($"{name}: expected {expectedValue}/{expectedReason} with headroom 20, got {answer}");
            }
            else if (answer.Value is { } value && Problem(edition, results, plan, answer.Code, value) is { } problem)
            {
                failures.Add($"{name}: {problem}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void A_count_is_answered_with_a_whole_number_on_the_default_edition()
    {
        var edition = SampleEdition.Iis2024;
        // Every indicator at 92 but PAO-02, a count (0 → 10) at 0: 3128 / 35 = 89.37…; leading needs 89.95, a PAO-02 score of 20.25.
        var results = edition.Framework.Indicators.Select(i => IndicatorResult.Accepted(i.Code, i.Code == "PAO-02" ? 0m : ValueScoring(i, 92m))).ToList();

        var plan = WhatIf.RequiredForNextBand(edition.Framework, results, ScoreKind.Final, edition.Entry);

        var answer = plan.Indicators.Single(r => r.Code == "PAO-02");
        Assert.Equal((3m, 30m), (answer.Value, answer.Score));
        Assert.Equal(RequiredValue.Computed, plan.Indicators.Single(r => r.Code == "GOV-02").Reason);
        Assert.Null(Problem(edition, results, plan, "PAO-02", 3m));
        Assert.Equal(2.025m, WhatIf.RequiredForNextBand(edition.Framework, results, ScoreKind.Final).Indicators.Single(r => r.Code == "PAO-02").Value);
        Assert.Equal("value.not_whole", Assert.Single(ValueRules.Check(edition.Entry["PAO-02"], new ValueInput { Value = "2.025" }, null).Errors).Code);
    }

    [Fact]
    public void When_no_single_indicator_reaches_the_next_band_the_headrooms_say_which_together_do()
    {
        // Every indicator at 80: overall 80, leading needs 89.95; one indicator reaching its target adds 20 / 35 = 0.571428…
        var results = Iis2024.Indicators.Select(i => IndicatorResult.Accepted(i.Code, ValueScoring(i, 80m))).ToList();

        var plan = WhatIf.RequiredForNextBand(Iis2024, results, ScoreKind.Final);

        Assert.All(plan.Indicators, r => Assert.Equal((null, RequiredValue.NotReachable), (r.Value, r.Reason)));
        Assert.All(plan.Indicators, r => Assert.Equal(20m / 35m, r.Headroom!.Value, 20));
        var gap = plan.NextBandMinScore!.Value - 0.05m - 80m;
        var chosen = new Dictionary<string, decimal>();
        foreach (var r in plan.Indicators.OrderByDescending(r => r.Headroom))
        {
            if (chosen.Count * 20m / 35m >= gap)
            {
                break;
            }

            chosen[r.Code] = ValueScoring(Iis2024.Indicators.Single(i => i.Code == r.Code), 100m);
        }

        Assert.Equal(18, chosen.Count);
        Assert.Equal("leading", WhatIf.Evaluate(Iis2024, results, ScoreKind.Final, chosen).Band);
        Assert.Equal("advanced", WhatIf.Evaluate(Iis2024, results, ScoreKind.Final, chosen.Skip(1).ToDictionary()).Band);

        // In that scenario the chosen indicators have no headroom left; the others keep theirs.
        var after = WhatIf.Headroom(Iis2024, results, ScoreKind.Final, chosen);
        Assert.Equal(35, after.Count);
        Assert.All(after, h => Assert.Equal(chosen.ContainsKey(h.Key) ? 0m : 20m / 35m, h.Value, 20));
    }

    [Fact]
    public void In_a_provisional_score_headroom_counts_the_weights_that_come_back()
    {
        var fw = Of([.. Percentages("AAA"), .. Percentages("BBB")]);
        IndicatorResult[] results = [.. AllAt(Percentages("AAA"), 80m), IndicatorResult.Accepted("BBB-01", 30m), IndicatorResult.NotApplicable("BBB-05")];

        var headroom = WhatIf.RequiredForNextBand(fw, results, ScoreKind.Provisional).Indicators.ToDictionary(r => r.Code, r => r.Headroom);

        // Now AAA 80, BBB 30 (only BBB-01 counts): 55. AAA-01 at 100: AAA 84, so 57; BBB-01 at 100: 90; missing BBB-02 at 100: BBB 65, so 72.5.
        Assert.Equal(((decimal?)2m, (decimal?)35m, (decimal?)17.5m), (headroom["AAA-01"], headroom["BBB-01"], headroom["BBB-02"]));
        Assert.False(headroom.ContainsKey("BBB-05"));
        Assert.Equal(17.5m, WhatIf.Headroom(fw, results, ScoreKind.Provisional, new Dictionary<string, decimal>())["BBB-03"]);
        Assert.Empty(WhatIf.Headroom(fw, [], ScoreKind.Provisional, new Dictionary<string, decimal>()));
        Assert.All(WhatIf.RequiredForNextBand(fw, [], ScoreKind.Provisional).Indicators, r => Assert.Null(r.Headroom));
    }

    internal static decimal ValueScoring(ScoringIndicator indicator, decimal score) => indicator.Direction == IndicatorDirection.Range
        ? indicator.Range!.LowerZero + (score * (indicator.Range.TargetLow - indicator.Range.LowerZero) / 100m)
        : indicator.Lower!.Value + (score * (indicator.Target!.Value - indicator.Lower.Value) / 100m);

    /// <summary>
    /// Why a plan's value would not do, or null: the entry validation must accept its text unchanged, it must lift the index into
    /// the next band, and one step less demanding (1 for counts, 10⁻⁶ otherwise) must be refused or miss the band.
    /// </summary>
    internal static string? Problem(SampleEdition edition, IReadOnlyList<IndicatorResult> results, NextBandPlan plan, string code, decimal value, ScoreKind kind = ScoreKind.Final)
    {
        var entry = edition.Entry[code];
        var check = ValueRules.Check(entry, new ValueInput { Value = ValueRules.Format(value) }, null);
        if (!check.IsValid || check.Values.Value != value)
        {
            return $"{value} is not accepted unchanged: {string.Join(", ", check.Errors.Select(e => e.Code))}";
        }

        var reached = WhatIf.Evaluate(edition.Framework, results, kind, new Dictionary<string, decimal> { [code] = value });
        if (reached.PublishedOverall < plan.NextBandMinScore || reached.Band != plan.NextBand)
        {
            return $"{value} gives {reached.PublishedOverall} ({reached.Band}), not {plan.NextBand}";
        }

        var indicator = edition.Framework.Indicators.Single(i => i.Code == code);
        var current = results.SingleOrDefault(r => r.Code == code)?.Value;
        var worse = (indicator.Direction == IndicatorDirection.Down || (indicator.Direction == IndicatorDirection.Range && current > indicator.Range!.TargetHigh) ? 1 : -1)
            * (ValueRules.IsWhole(entry) ? 1m : Step);
        var less = value + worse;
        return ValueRules.CheckValue(entry, less, "value") is null
               && WhatIf.Evaluate(edition.Framework, results, kind, new Dictionary<string, decimal> { [code] = less }).PublishedOverall >= plan.NextBandMinScore
            ? $"{less}, less demanding, reaches too"
            : null;
    }

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

using CsCheck;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Tests.Scoring;

/// <summary>Suggested plans on random governorates of the default edition (weights, count targets, statuses, values, kinds), checked on the engine.</summary>
public sealed class NextBandPlannerPropertyTests
{
    private const int Cases = 150;

    /// <summary>
    /// Whenever a plan is given, its values fed through what-if reach the band it names, each is taken by the entry rules
    /// unchanged (whole for counts, inside the allowed range), none is GOV-02 or N/A; no single indicator reaches alone when the
    /// plan has more, and for plans of up to three (the exact search) no smaller set of indicators at their targets reaches.
    /// </summary>
    [Fact]
    public void Every_plan_reaches_its_band_with_enterable_values_and_no_smaller_plan_reaches()
    {
        int plans = 0, small = 0, counts = 0;
        Gen.Select(
                Gen.OneOf(WhatIfPropertyTests.Weights).Array[7],
                Gen.OneOf(WhatIfPropertyTests.Weights).Array[35],
                Gen.Int[0, 99].Array[35],
                Gen.Int[0, 10_000].Array[35],
                Gen.Int[1, 12].Array[35],
                Gen.Bool)
            .Sample((criterionWeights, indicatorWeights, statuses, fractions, countTargets, final) =>
            {
                var (edition, results) = WhatIfPropertyTests.Governorate(criterionWeights, indicatorWeights, statuses, fractions, countTargets);
                var (fw, kind) = (edition.Framework, final ? ScoreKind.Final : ScoreKind.Provisional);

                var plan = NextBandPlanner.Suggest(fw, results, kind, edition.Entry);

                if (plan.Steps.Count == 0)
                {
                    Assert.NotNull(plan.Reason);
                    return;
                }

                Interlocked.Increment(ref plans);
                var reached = WhatIf.Evaluate(fw, results, kind, plan.Steps.ToDictionary(s => s.Code, s => s.ValueTo));
                Assert.True(reached.PublishedOverall >= fw.Bands.Single(b => b.Code == plan.NextBand).MinScore, $"{reached.PublishedOverall} < {plan.NextBand}");
                Assert.Equal((plan.ReachedOverall, plan.ReachedBand), (reached.PublishedOverall, reached.Band));
                foreach (var step in plan.Steps)
                {
                    var entry = edition.Entry[step.Code];
                    Assert.NotEqual(SourceType.Platform, entry.Source);
                    Assert.NotEqual(IndicatorStatus.NotApplicable, results.Single(r => r.Code == step.Code).Status);
                    Assert.Null(ValueRules.CheckValue(entry, step.ValueTo, "value"));
                    Assert.Equal(IndicatorScoring.Score(fw.Indicators.Single(i => i.Code == step.Code), step.ValueTo), step.ScoreTo);
                    Interlocked.Add(ref counts, ValueRules.IsWhole(entry) ? 1 : 0);
                }

                if (plan.Steps.Count <= PlanSearchSize)
                {
                    Interlocked.Increment(ref small);
                }

                Assert.Null(SmallerPlan(edition, results, kind, plan, Math.Min(plan.Steps.Count - 1, PlanSearchSize - 1)));
            }, iter: Cases);

        Assert.True(plans > 60 && small > 10 && counts > 10, $"only {plans} plans ({small} small, {counts} count values) were checked");
    }

    private const int PlanSearchSize = 3;

    /// <summary>A set of at most <paramref name="size"/> enterable indicators that reaches the plan's band with each at its target, by brute force.</summary>
    private static string? SmallerPlan(SampleEdition edition, List<IndicatorResult> results, ScoreKind kind, SuggestedPlan plan, int size)
    {
        var fw = edition.Framework;
        var min = fw.Bands.Single(b => b.Code == plan.NextBand).MinScore;
        var targets = fw.Indicators
            .Where(i => edition.Entry[i.Code].Source != SourceType.Platform && results.Single(r => r.Code == i.Code).Status != IndicatorStatus.NotApplicable)
            .Select(i => (i.Code, Value: Target(i, results.Single(r => r.Code == i.Code).Value)))
            .ToList();
        IEnumerable<List<(string Code, decimal Value)>> Sets(int from, int left) => left == 0
            ? [[]]
            : Enumerable.Range(from, Math.Max(0, targets.Count - from)).SelectMany(i => Sets(i + 1, left - 1).Select(rest => (List<(string, decimal)>)[targets[i], .. rest]));
        for (var k = 1; k <= size; k++)
        {
            foreach (var set in Sets(0, k))
            {
                if (WhatIf.Evaluate(fw, results, kind, set.ToDictionary(s => s.Code, s => s.Value)).PublishedOverall >= min)
                {
                    return string.Join(", ", set.Select(s => s.Code));
                }
            }
        }

        return null;
    }

    /// <summary>The value scoring 100: T, or for a range the end of the band on the side the value is on (the sample's targets are whole and allowed).</summary>
    private static decimal Target(ScoringIndicator indicator, decimal? value) => indicator.Direction != IndicatorDirection.Range
        ? indicator.Target!.Value
        : value > indicator.Range!.TargetHigh ? indicator.Range.TargetHigh : indicator.Range.TargetLow;
}

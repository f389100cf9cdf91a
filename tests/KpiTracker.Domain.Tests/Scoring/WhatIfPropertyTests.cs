using CsCheck;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Tests.Scoring;

/// <summary>What-if answers on random scorecards, checked against the engine; fewer cases, as each one runs the engine thousands of times.</summary>
public sealed class WhatIfPropertyTests
{
    private const int Cases = 200;
    private const decimal Step = 0.000001m;

    [Fact]
    public void Every_answer_reaches_the_next_band_and_one_step_less_demanding_does_not()
    {
        var answered = 0;
        ScorecardGen.Scorecard.Sample((fw, results, kind) =>
        {
            var plan = WhatIf.RequiredForNextBand(fw, results, kind);

            foreach (var answer in plan.Indicators.Where(a => a.Value is not null))
            {
                Interlocked.Increment(ref answered);
                var indicator = fw.Indicators.Single(i => i.Code == answer.Code);
                Assert.True(Published(fw, results, kind, answer.Code, answer.Value!.Value) >= plan.NextBandMinScore, $"{answer.Code} = {answer.Value}");
                Assert.True(Published(fw, results, kind, answer.Code, answer.Value.Value + Worse(indicator, answer.Value.Value)) < plan.NextBandMinScore, $"{answer.Code} ≠ {answer.Value}");
            }
        }, iter: Cases);

        Assert.True(answered > 300, $"only {answered} answers were checked");
    }

    /// <summary>
    /// Random governorate data on the default edition with its entry rules: criterion and indicator weights, the central team's
    /// L → T for counts (0 → 1..12), and per indicator a status (70 % accepted, 15 % missing, 15 % N/A) and a value the entry
    /// form accepts, in a provisional or final score. Every suggestion is accepted by the entry validation unchanged and, fed back
    /// through what-if, reaches the band it promises; one step less demanding does not. GOV-02 is never suggested, and an
    /// indicator has a suggestion exactly when its headroom reaches the next band.
    /// </summary>
    [Fact]
    public void Every_suggestion_is_accepted_by_the_entry_validation_and_reaches_the_band_it_promises()
    {
        int suggestions = 0, counts = 0;
        Gen.Select(
                Gen.OneOf(Weights).Array[7],
                Gen.OneOf(Weights).Array[35],
                Gen.Int[0, 99].Array[35],
                Gen.Int[0, 10_000].Array[35],
                Gen.Int[1, 12].Array[35],
                Gen.Bool)
            .Sample((criterionWeights, indicatorWeights, statuses, fractions, countTargets, final) =>
            {
                var (edition, results) = Governorate(criterionWeights, indicatorWeights, statuses, fractions, countTargets);
                var kind = final ? ScoreKind.Final : ScoreKind.Provisional;

                var plan = WhatIf.RequiredForNextBand(edition.Framework, results, kind, edition.Entry);

                var overall = ScoringEngine.Score(edition.Framework, results, kind).Overall;
                foreach (var answer in plan.Indicators)
                {
                    if (answer.Code == "GOV-02")
                    {
                        Assert.Equal((null, RequiredValue.Computed), (answer.Value, answer.Reason));
                    }
                    else if (answer.Value is { } value)
                    {
                        Assert.Null(WhatIfTests.Problem(edition, results, plan, answer.Code, value, kind));
                        Interlocked.Increment(ref suggestions);
                        Interlocked.Add(ref counts, ValueRules.IsWhole(edition.Entry[answer.Code]) ? 1 : 0);
                    }

                    if (plan.NextBandMinScore is { } min && answer.Code != "GOV-02")
                    {
                        Assert.Equal(ScoreRounding.Publish(overall!.Value + answer.Headroom!.Value) >= min, answer.Value is not null);
                    }
                }
            }, iter: Cases / 4);

        Assert.True(suggestions > 50 && counts > 5, $"only {suggestions} suggestions ({counts} counts) were checked");
    }

    internal static readonly decimal[] Weights = [0.5m, 1m, 1m, 2m, 3m, 1.25m];

    internal static (SampleEdition Edition, List<IndicatorResult> Results) Governorate(decimal[] criterionWeights, decimal[] indicatorWeights, int[] statuses, int[] fractions, int[] countTargets)
    {
        var edition = SampleEdition.Iis2024;
        var framework = edition.Framework with
        {
            Criteria = [.. edition.Framework.Criteria.Select((c, i) => c with { Weight = criterionWeights[i] })],
            Indicators = [.. edition.Framework.Indicators.Select((indicator, i) => (ValueRules.IsWhole(edition.Entry[indicator.Code]) ? indicator with { Lower = 0m, Target = countTargets[i] } : indicator) with { Weight = indicatorWeights[i] })],
        };
        var results = framework.Indicators.Select((indicator, i) => statuses[i] switch
        {
            < 70 => IndicatorResult.Accepted(indicator.Code, EntryValue(edition.Entry[indicator.Code], indicator, fractions[i] / 10_000m)),
            < 85 => IndicatorResult.Missing(indicator.Code),
            _ => IndicatorResult.NotApplicable(indicator.Code),
        }).ToList();
        return (edition with { Framework = framework }, results);
    }

    /// <summary>A value the entry form accepts, from a third of the scale below the zero-score bound to a third above the target.</summary>
    private static decimal EntryValue(Indicator entry, ScoringIndicator indicator, decimal fraction)
    {
        var (low, high) = indicator.Direction == IndicatorDirection.Range
            ? (indicator.Range!.LowerZero, indicator.Range.UpperZero)
            : (Math.Min(indicator.Lower!.Value, indicator.Target!.Value), Math.Max(indicator.Lower.Value, indicator.Target.Value));
        var margin = (high - low) / 3;
        var value = Math.Round(low - margin + (fraction * (high - low + (2 * margin))), ValueRules.IsWhole(entry) ? 0 : 4);
        return Math.Min(Math.Max(value, entry.AllowedMin ?? value), entry.AllowedMax ?? value);
    }

    private static decimal? Published(ScoringFramework fw, IReadOnlyList<IndicatorResult> results, ScoreKind kind, string code, decimal value) =>
        WhatIf.Evaluate(fw, results, kind, new Dictionary<string, decimal> { [code] = value }).PublishedOverall;

    /// <summary>One grid step towards a lower score: down for <c>up</c> (and below a range's band), up for <c>down</c> (and above it).</summary>
    private static decimal Worse(ScoringIndicator indicator, decimal value) => indicator.Direction switch
    {
        IndicatorDirection.Up => -Step,
        IndicatorDirection.Down => Step,
        _ => value > indicator.Range!.TargetHigh ? Step : -Step,
    };
}

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
        var random = new RandomScorecards(707);
        var answered = 0;
        for (var n = 0; n < Cases; n++)
        {
            var fw = random.Framework();
            var kind = random.Kind();
            var results = random.Results(fw);

            var plan = WhatIf.RequiredForNextBand(fw, results, kind);

            foreach (var answer in plan.Indicators.Where(a => a.Value is not null))
            {
                answered++;
                var indicator = fw.Indicators.Single(i => i.Code == answer.Code);
                Assert.True(Published(fw, results, kind, answer.Code, answer.Value!.Value) >= plan.NextBandMinScore, $"case {n}: {answer.Code} = {answer.Value}");
                Assert.True(Published(fw, results, kind, answer.Code, answer.Value.Value + Worse(indicator, answer.Value.Value)) < plan.NextBandMinScore, $"case {n}: {answer.Code} ≠ {answer.Value}");
            }
        }

        Assert.True(answered > 300, $"only {answered} answers were checked");
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

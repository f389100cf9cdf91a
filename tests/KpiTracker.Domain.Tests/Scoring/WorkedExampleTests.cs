using KpiTracker.Domain.Scoring;
using static KpiTracker.Domain.Tests.Scoring.SampleFrameworks;

namespace KpiTracker.Domain.Tests.Scoring;

/// <summary>The worked example of DOMAIN section 4 (North Al Batinah, criterion CUS), number for number.</summary>
public sealed class WorkedExampleTests
{
    private const decimal Tolerance = 1e-20m;

    private static readonly ScoringIndicator[] Cus = [Up("CUS-01", 50, 85), Up("CUS-02", 50, 85), Up("CUS-03", 50, 90), Up("CUS-04", 60, 95), Down("CUS-05", 20, 5)];

    private static readonly IndicatorResult[] CusValues =
    [
        IndicatorResult.Accepted("CUS-01", 85.7m), IndicatorResult.Accepted("CUS-02", 78m), IndicatorResult.Accepted("CUS-03", 82m),
        IndicatorResult.Accepted("CUS-04", 94m), IndicatorResult.Accepted("CUS-05", 8m),
    ];

    [Fact]
    public void The_indicator_scores_are_100_80_80_97_142857_and_80()
    {
        var scores = Cus.Select((indicator, i) => IndicatorScoring.Score(indicator, CusValues[i].Value!.Value)).ToArray();

        Assert.Equal([100m, 80m, 80m], scores[..3]);
        Assert.Equal(80m, scores[4]);
        Assert.InRange(scores[3] - (3400m / 35m), -Tolerance, Tolerance);
        Assert.StartsWith("97.142857142857", scores[3].ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void CUS_is_87_428571_published_87_4_advanced()
    {
        var cus = ScoreCus(CusValues, ScoreKind.Final);

        Assert.InRange(cus.Score!.Value - (437.142857142857142857142857m / 5m), -1e-24m, 1e-24m);
        Assert.InRange(cus.Score.Value - (612m / 7m), -Tolerance, Tolerance);
        Assert.Equal(87.4m, cus.PublishedScore);
        Assert.Equal("advanced", cus.Band);
    }

    [Fact]
    public void With_CUS_05_missing_in_a_final_score_CUS_is_71_4_established()
    {
        var cus = ScoreCus([.. CusValues[..4], IndicatorResult.Missing("CUS-05")], ScoreKind.Final);

        Assert.InRange(cus.Score!.Value - (357.142857142857142857142857m / 5m), -1e-24m, 1e-24m);
        Assert.Equal(71.4m, cus.PublishedScore);
        Assert.Equal("established", cus.Band);
    }

    [Fact]
    public void With_CUS_05_not_applicable_CUS_is_89_3()
    {
        var cus = ScoreCus([.. CusValues[..4], IndicatorResult.NotApplicable("CUS-05")], ScoreKind.Final);

        Assert.InRange(cus.Score!.Value - (357.142857142857142857142857m / 4m), -1e-24m, 1e-24m);
        Assert.Equal(89.3m, cus.PublishedScore);
        Assert.Equal("advanced", cus.Band);
        Assert.Equal(4, cus.ApplicableCount);
    }

    [Fact]
    public void Seven_criteria_with_equal_weights_give_75_6_advanced()
    {
        (string Code, decimal Score)[] others = [("LSP", 78.0m), ("HCC", 71.5m), ("PAO", 83.0m), ("INN", 55.0m), ("GOV", 90.2m), ("ENV", 64.0m)];
        var indicators = others.Take(4).SelectMany(c => Percentages(c.Code)).Concat(Cus).Concat(others.Skip(4).SelectMany(c => Percentages(c.Code))).ToArray();
        var results = others.SelectMany(c => AllAt(Percentages(c.Code), c.Score)).Concat(CusValues).ToList();

        var score = ScoringEngine.Score(Of(indicators), results, ScoreKind.Final);

        Assert.Equal(["LSP", "HCC", "PAO", "INN", "CUS", "GOV", "ENV"], score.Criteria.Select(c => c.Code).ToArray());
        Assert.Equal([78.0m, 71.5m, 83.0m, 55.0m, 87.4m, 90.2m, 64.0m], score.Criteria.Select(c => c.PublishedScore!.Value).ToArray());
        Assert.InRange(score.Overall!.Value - (3703.9m / 49m), -Tolerance, Tolerance);
        Assert.Equal(75.6m, score.PublishedOverall);
        Assert.Equal("advanced", score.Band);
        Assert.Equal(1m, score.Coverage);
        Assert.False(score.InsufficientData);
    }

    private static CriterionScore ScoreCus(IReadOnlyList<IndicatorResult> results, ScoreKind kind) =>
        Assert.Single(ScoringEngine.Score(Of(Cus), results, kind).Criteria);
}

namespace KpiTracker.Domain.Scoring;

/// <summary>Asks the engine whether one changed indicator lifts the published overall index to a band's minimum.</summary>
internal sealed class BandProbe(ScoringFramework fw, ScoringInput[] inputs, ScoreKind kind, decimal minScore)
{
    private const int Bisections = 50;

    public decimal? CurrentValue(int index) => inputs[index].Value;

    public bool ReachesWithScore(int index, decimal score) => Reaches(index, new ScoringInput(IndicatorStatus.Value, null, score));

    public bool ReachesWithValue(int index, decimal value) =>
        Reaches(index, new ScoringInput(IndicatorStatus.Value, value, IndicatorScoring.Score(fw.Indicators[index], value)));

    /// <summary>
    /// The least score (to 100 × 2⁻⁵⁰) of the indicator that reaches, by bisection on the engine, or null when <paramref name="max"/>
    /// does not. The overall is monotone in one indicator's score once that indicator counts, even where giving it a value
    /// changes which indicators and criteria count.
    /// </summary>
    public decimal? LeastScore(int index, decimal max)
    {
        if (!ReachesWithScore(index, max))
        {
            return null;
        }

        var (low, high) = (0m, max);
        if (ReachesWithScore(index, 0m))
        {
            return 0m;
        }

        for (var i = 0; i < Bisections; i++)
        {
            var mid = (low + high) / 2;
            (low, high) = ReachesWithScore(index, mid) ? (low, mid) : (mid, high);
        }

        return high;
    }

    private bool Reaches(int index, ScoringInput changed)
    {
        var trial = (ScoringInput[])inputs.Clone();
        trial[index] = changed;
        return ScoringEngine.Aggregate(fw, trial, kind).PublishedOverall >= minScore;
    }
}

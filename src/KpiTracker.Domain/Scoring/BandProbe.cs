namespace KpiTracker.Domain.Scoring;

/// <summary>Asks the engine whether one changed indicator lifts the published overall index to a band's minimum.</summary>
internal sealed class BandProbe(ScoringFramework fw, ScoringInput[] inputs, ScoreKind kind, decimal minScore)
{
    public decimal? CurrentValue(int index) => inputs[index].Value;

    public bool ReachesWithScore(int index, decimal score) => Reaches(index, new ScoringInput(IndicatorStatus.Value, null, score));

    public bool ReachesWithValue(int index, decimal value) =>
        Reaches(index, new ScoringInput(IndicatorStatus.Value, value, IndicatorScoring.Score(fw.Indicators[index], value)));

    private bool Reaches(int index, ScoringInput changed)
    {
        var trial = (ScoringInput[])inputs.Clone();
        trial[index] = changed;
        return ScoringEngine.Aggregate(fw, trial, kind).PublishedOverall >= minScore;
    }
}

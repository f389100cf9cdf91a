namespace KpiTracker.Domain.Scoring;

/// <summary>An indicator's status and score as the aggregation sees them; what-if injects scores here without a value.</summary>
internal readonly record struct ScoringInput(IndicatorStatus Status, decimal? Value, decimal Score)
{
    public static ScoringInput From(ScoringIndicator indicator, IndicatorResult? result) => result switch
    {
        null => new(IndicatorStatus.Missing, null, 0m),
        { Status: IndicatorStatus.Value, Value: { } value } => new(IndicatorStatus.Value, value, IndicatorScoring.Score(indicator, value)),
        { Status: IndicatorStatus.Value } => throw new ArgumentException($"Result {result.Code}: status value needs a value.", nameof(result)),
        { Value: not null } => throw new ArgumentException($"Result {result.Code}: only status value carries a value.", nameof(result)),
        _ => new(result.Status, null, 0m),
    };

    public bool IsCounted(ScoreKind kind) => Status == IndicatorStatus.Value || (Status == IndicatorStatus.Missing && kind == ScoreKind.Final);
}

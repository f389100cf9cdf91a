namespace KpiTracker.Domain.Scoring;

/// <summary>
/// A what-if scenario beside today: the scorecard now and with the values, and each changed indicator's value and score from →
/// to. A change is the difference of the published (rounded) numbers shown side by side, so "from → to (+Δ)" adds up as read;
/// null where either side has no score.
/// </summary>
public sealed record ScenarioComparison(GovernorateScore Now, GovernorateScore With, IReadOnlyList<IndicatorChange> Changes)
{
    public decimal? OverallChange => With.PublishedOverall - Now.PublishedOverall;

    /// <summary>Scores today's inputs and the scenario (<see cref="WhatIf.Evaluate"/>); an indicator changes when its value does.</summary>
    public static ScenarioComparison Of(ScoringFramework fw, IReadOnlyList<IndicatorResult> results, ScoreKind kind, IReadOnlyDictionary<string, decimal> overrides)
    {
        var now = ScoringEngine.Score(fw, results, kind);
        var with = WhatIf.Evaluate(fw, results, kind, overrides);
        var changes = now.Indicators.Zip(with.Indicators)
            .Where(pair => overrides.ContainsKey(pair.First.Code) && pair.First.Value != pair.Second.Value)
            .Select(pair => new IndicatorChange(pair.First.Code, pair.First.Value, pair.Second.Value!.Value, pair.First.Score, pair.Second.Score))
            .ToList();
        return new ScenarioComparison(now, with, changes);
    }
}

/// <summary>One changed indicator: value and score (full precision, null when it does not count) now and in the scenario.</summary>
public sealed record IndicatorChange(string Code, decimal? ValueFrom, decimal ValueTo, decimal? ScoreFrom, decimal? ScoreTo)
{
    /// <summary>The published score's change (one decimal each side).</summary>
    public decimal? ScoreChange => ScoreRounding.Publish(ScoreTo) - ScoreRounding.Publish(ScoreFrom);
}

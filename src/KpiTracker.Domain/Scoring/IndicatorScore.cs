namespace KpiTracker.Domain.Scoring;

/// <summary>
/// An indicator's result. <see cref="Counted"/>: it enters its criterion's mean (an accepted value, or missing in a final score,
/// where it scores 0). <see cref="Score"/> is null when it is not counted. The contributions are weight share × score, full precision,
/// and are null when the indicator is not counted or its criterion is not published; those of one scorecard sum to its overall index.
/// </summary>
public sealed record IndicatorScore(
    string Code,
    string CriterionCode,
    IndicatorStatus Status,
    decimal? Value,
    decimal? Score,
    decimal? PublishedScore,
    decimal? Achievement,
    TrafficLight Light,
    bool Counted,
    decimal? ContributionToCriterion,
    decimal? ContributionToOverall);

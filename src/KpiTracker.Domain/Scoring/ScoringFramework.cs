namespace KpiTracker.Domain.Scoring;

/// <summary>What the engine needs of an edition: criteria, indicators, bands (any order) and the traffic-light thresholds.</summary>
public sealed record ScoringFramework(
    IReadOnlyList<ScoringCriterion> Criteria,
    IReadOnlyList<ScoringIndicator> Indicators,
    IReadOnlyList<(string Code, decimal MinScore)> Bands,
    decimal GreenThreshold = 90,
    decimal AmberThreshold = 70);

/// <summary>Weights are relative; the engine normalises them over what counts.</summary>
public sealed record ScoringCriterion(string Code, decimal Weight, int Order);

/// <summary><see cref="Lower"/> and <see cref="Target"/> serve <c>up</c> and <c>down</c>; <see cref="Range"/> serves <c>range</c>.</summary>
public sealed record ScoringIndicator(
    string Code,
    string CriterionCode,
    IndicatorDirection Direction,
    decimal? Lower,
    decimal? Target,
    RangeBounds? Range,
    decimal Weight);

namespace KpiTracker.Domain.Scoring;

/// <summary>
/// A scorecard for one assessed unit and cycle. Full-precision numbers feed further arithmetic (year on year, what-if);
/// the <c>Published</c> numbers are what people see, and bands come from them. <see cref="Coverage"/> is indicators with an
/// accepted value / applicable indicators (null when nothing is applicable); <see cref="InsufficientData"/> is coverage below 2/3,
/// or nothing applicable, and does not stop the overall index from being computed.
/// </summary>
public sealed record GovernorateScore(
    ScoreKind Kind,
    IReadOnlyList<IndicatorScore> Indicators,
    IReadOnlyList<CriterionScore> Criteria,
    decimal? Overall,
    decimal? PublishedOverall,
    string? Band,
    decimal? Coverage,
    bool InsufficientData,
    int ValueCount,
    int ApplicableCount);

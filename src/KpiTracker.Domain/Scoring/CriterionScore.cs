namespace KpiTracker.Domain.Scoring;

/// <summary>
/// A criterion's result; <see cref="Score"/>, <see cref="PublishedScore"/> and <see cref="Band"/> are null when it is not published.
/// <see cref="ApplicableCount"/> counts indicators that are not N/A, <see cref="ValueCount"/> those with an accepted value, and
/// <see cref="WeightShare"/> is the criterion's exact share of the overall index (null when unpublished: it has no share).
/// </summary>
public sealed record CriterionScore(
    string Code,
    decimal? Score,
    decimal? PublishedScore,
    string? Band,
    int ApplicableCount,
    int ValueCount,
    bool Published,
    decimal? WeightShare);

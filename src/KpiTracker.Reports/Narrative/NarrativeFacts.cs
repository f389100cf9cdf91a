namespace KpiTracker.Reports.Narrative;

/// <summary>
/// What a scorecard's narrative may state, read from one score run and nothing else: the run's published numbers (one decimal,
/// as the scorecard prints them) with the codes they belong to. The writer states only what is here; a fact the data cannot
/// support is absent (null or empty), and its sentence is left out. <see cref="Commitments"/> and <see cref="Actions"/> come
/// from the improvement loop (DOMAIN §8) when the caller has them.
/// </summary>
public sealed record NarrativeFacts(
    int Year,
    Guid RunId,
    string InputHash,
    OverallFacts Overall,
    IReadOnlyList<CriterionFacts> Criteria,
    IReadOnlyList<IndicatorChange> Indicators,
    PlanFacts? Plan,
    QualityFacts? Quality,
    CommitmentFacts? Commitments = null,
    ActionFacts? Actions = null);

/// <summary>A code (a band, a criterion) and its name in both languages.</summary>
public sealed record Named(string Code, string Ar, string En);

/// <summary>
/// The overall index, its band and its change from the cycle before (<see cref="Delta"/>; null without a prior run or when that
/// run's coverage was below 2/3), and the coverage behind it. <see cref="InsufficientData"/>: coverage below 2/3, so neither
/// the index's band nor anything compared across criteria is stated.
/// </summary>
public sealed record OverallFacts(decimal? Score, Named? Band, decimal? Delta, bool InsufficientData, decimal? Coverage, int ValueCount, int ApplicableCount);

/// <summary>A criterion's published score (null when not published) and its change from the cycle before (null without one).</summary>
public sealed record CriterionFacts(string Code, Named Name, decimal? Score, decimal? Delta);

/// <summary>An indicator's change in score between two accepted values, this cycle and the one before.</summary>
public sealed record IndicatorChange(string Code, decimal Delta);

/// <summary>The what-if plan to the next band: the band, its minimum, each value to enter and the index the plan gives.</summary>
public sealed record PlanFacts(Named NextBand, decimal NextBandMinScore, IReadOnlyList<PlanStep> Steps, decimal ReachedOverall);

/// <summary>One value of the plan, as the entry form would take it.</summary>
public sealed record PlanStep(string Code, decimal ValueToEnter);

/// <summary>The data quality index and its five components, each published 0–100.</summary>
public sealed record QualityFacts(decimal Dqi, decimal Completeness, decimal Timeliness, decimal FirstPassAcceptance, decimal EvidenceReviewed, decimal ItemsWithoutOpenFlags);

/// <summary>
/// The commitments made for this cycle and whether each was met (DOMAIN §8): indicator codes, each list sorted or not (the writer
/// sorts them).
/// </summary>
public sealed record CommitmentFacts(IReadOnlyList<string> Met, IReadOnlyList<string> NotMet, IReadOnlyList<string> NotMeasurable);

/// <summary>
/// The improvement actions due in this cycle: how many, the indicators they target, and their mean realisation (0–1, the loop
/// score; null when none is due, and then nothing is said).
/// </summary>
public sealed record ActionFacts(int Due, decimal? MeanRealisation, IReadOnlyList<string> IndicatorCodes);

namespace KpiTracker.Reports.Documents;

/// <summary>
/// Everything one governorate's scorecard shows, already scored and localised by the caller: names and band names
/// arrive in the document's language; numbers arrive at full precision and are rounded for display here.
/// <see cref="Narrative"/>: the narrative's sentences, already written in the document's language (none: no block).
/// </summary>
public sealed record ScorecardModel(
    ReportLanguage Language,
    OrganisationRef Governorate,
    int CycleYear,
    EditionRef Edition,
    ScoreKind Kind,
    DateTimeOffset GeneratedAt,
    string InputHash,
    OverallResult Overall,
    IReadOnlyList<CriterionResult> Criteria,
    IReadOnlyList<IndicatorGroup> IndicatorGroups,
    DataQualitySummary DataQuality,
    IReadOnlyList<ReportNote> Notes,
    IReadOnlyList<TrendYear>? Trend = null,
    ReportIdentity? Identity = null,
    IReadOnlyList<IndicatorAnalysis>? Analyses = null,
    IReadOnlyList<string>? Narrative = null,
    ImprovementPlanPage? Plan = null);

public sealed record OrganisationRef(string Code, string Name);

public sealed record EditionRef(string Code, string Name);

/// <summary>
/// Overall index; Coverage is a share between 0 and 1 (null when nothing is applicable, shown as an em dash), with the counts
/// behind it. With <see cref="InsufficientData"/> the band and the rank are printed as not established (docs/RESULTS.md).
/// </summary>
public sealed record OverallResult(
    decimal? Score,
    Band? Band,
    string? BandName,
    int? Rank,
    int RankOf,
    decimal? Delta,
    bool InsufficientData,
    decimal? Coverage,
    int? ValueCount = null,
    int? ApplicableCount = null);

public sealed record CriterionResult(
    string Code,
    string Name,
    decimal? Score,
    Band? Band,
    string? BandName,
    decimal? NationalMedian,
    decimal? Delta);

public sealed record IndicatorGroup(string CriterionCode, string CriterionName, IReadOnlyList<IndicatorResult> Indicators);

/// <summary>One indicator row; a null Value is shown as missing (an em dash), never as 0.</summary>
public sealed record IndicatorResult(
    string Code,
    string Name,
    string UnitLabel,
    decimal? Value,
    string TargetText,
    decimal? Score,
    TrafficLight Light,
    decimal? Delta,
    IndicatorStatus Status,
    string? Note,
    Domain.Frameworks.IndicatorUnit Unit = Domain.Frameworks.IndicatorUnit.Score);

/// <summary>
/// The data quality index and its five components, each 0–100 and higher the better; a component the run did not keep is null
/// and prints as missing.
/// </summary>
public sealed record DataQualitySummary(
    decimal? Dqi,
    decimal? Completeness,
    decimal? Timeliness,
    decimal? FirstPassAcceptance,
    decimal? EvidenceReviewed,
    decimal? ItemsWithoutOpenFlags);

/// <summary>The owner's analysis and the reviewer's recommendation on an indicator's value (either may be null), with its light.</summary>
public sealed record IndicatorAnalysis(string Code, string Name, TrafficLight Light, string? Analysis, string? Recommendation);

/// <summary>A note on a missing or not-applicable indicator; notes with the same kind and text print as one line listing the codes.</summary>
public sealed record ReportNote(string IndicatorCode, IndicatorStatus Kind, string Text);

/// <summary>
/// One cycle of the three-year trend (oldest first): the overall index and each criterion's published score by criterion code;
/// a provisional cycle is marked, an overall below the coverage threshold is printed without a band.
/// </summary>
public sealed record TrendYear(int Year, ScoreKind Kind, decimal? Overall, bool InsufficientData, IReadOnlyDictionary<string, decimal?> Criteria);

/// <summary>Who issues the document: the ministry, the issuing department and an optional logo, decoded once by the caller.</summary>
public sealed record ReportIdentity(string Ministry, string Department, SKImage? Logo);

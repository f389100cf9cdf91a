namespace KpiTracker.Reports.Documents;

/// <summary>
/// Everything one governorate's scorecard shows, already scored and localised by the caller: names and band names
/// arrive in the document's language; numbers arrive at full precision and are rounded for display here.
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
    IReadOnlyList<ReportNote> Notes);

public sealed record OrganisationRef(string Code, string Name);

public sealed record EditionRef(string Code, string Name);

/// <summary>Overall index; Coverage is a share between 0 and 1 (null when nothing is applicable, shown as an em dash).</summary>
public sealed record OverallResult(
    decimal? Score,
    Band? Band,
    string? BandName,
    int? Rank,
    int RankOf,
    decimal? Delta,
    bool InsufficientData,
    decimal? Coverage);

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
    string? Note);

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

/// <summary>A note on a missing or not-applicable indicator.</summary>
public sealed record ReportNote(string IndicatorCode, IndicatorStatus Kind, string Text);

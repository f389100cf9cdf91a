using System.Text.Json.Serialization;
using KpiTracker.Application.Features.Commitments;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>What produced the numbers: kind, edition, engine version, time, trigger and the SHA-256 of the inputs.</summary>
public sealed record RunDto(Guid Id, string Kind, string Edition, string EngineVersion, DateTimeOffset ComputedAt, string Trigger, string InputHash);

/// <summary>
/// A governorate's scorecard: <see cref="Rank"/> among <see cref="RankOf"/> governorates; <see cref="Flags"/> holds
/// <c>provisional</c> and <c>insufficient_data</c> as docs/RESULTS.md reads them (band and rank not established below 2/3 coverage).
/// <see cref="Analyses"/>: the analysis and recommendation on each scored value that has one, by indicator code.
/// <see cref="Narrative"/>: the sentences written from the run, in the caller's language. <see cref="Commitments"/>: each commitment locked
/// for the cycle, met or not by the run's value (empty when none was locked).
/// </summary>
public sealed record ScorecardDto(
    int Year,
    string Governorate,
    decimal? Overall,
    string? Band,
    int? Rank,
    int RankOf,
    decimal? Delta,
    decimal? GapClosure,
    decimal? Coverage,
    int ValueCount,
    int ApplicableCount,
    decimal Dqi,
    ScorecardQualityDto? Quality,
    IReadOnlyList<string> Flags,
    IReadOnlyList<ScorecardCriterionDto> Criteria,
    IReadOnlyList<ScorecardIndicatorDto> Indicators,
    IReadOnlyList<TrendYearDto> Trend,
    RunDto Run,
    IReadOnlyList<IndicatorAnalysisDto> Analyses,
    NarrativeDto? Narrative = null,
    IReadOnlyList<CommitmentMetDto>? Commitments = null);

/// <summary>
/// One cycle of a scorecard's trend (the last three cycles up to the card's year, oldest first): the latest run's kind,
/// published overall index and band, whether its coverage was below 2/3, and each criterion's published score by code
/// (null when the criterion was not published).
/// </summary>
public sealed record TrendYearDto(
    int Year,
    [property: JsonConverter(typeof(CodeJsonConverter<ScoreKind>))] ScoreKind Kind,
    decimal? Overall,
    string? Band,
    bool InsufficientData,
    IReadOnlyDictionary<string, decimal?> Criteria);

/// <summary>
/// The five components of the run's data quality index, published (one decimal), each 0–100 and higher the better:
/// <see cref="Completeness"/> items first submitted by expiry, <see cref="Timeliness"/> by the submission deadline (both as
/// GOV-02 counts them), <see cref="FirstPassAcceptance"/> 1 − returns / submissions, <see cref="EvidenceReviewed"/> accepted
/// values requiring evidence whose evidence a reviewer opened, <see cref="ItemsWithoutOpenFlags"/> items with no open outlier flag.
/// </summary>
public sealed record ScorecardQualityDto(decimal Completeness, decimal Timeliness, decimal FirstPassAcceptance, decimal EvidenceReviewed, decimal ItemsWithoutOpenFlags);

/// <summary>
/// A criterion's row; <see cref="WeightShare"/> is its exact share (0–1) of the overall index, null when it is not published;
/// <see cref="NationalMedian"/> the median of the criterion's published score over every governorate's latest run of the year.
/// </summary>
public sealed record ScorecardCriterionDto(
    string Code,
    string NameAr,
    string NameEn,
    decimal? Score,
    string? Band,
    decimal? Delta,
    decimal? WeightShare,
    int ApplicableCount,
    int ValueCount,
    bool Published,
    decimal? NationalMedian);

/// <summary>
/// Scores, Δ and contributions rounded to one decimal as published; bounds as scored (after the governorate's override).
/// <see cref="WeightShare"/>: the indicator's exact share (0–1, unrounded) of the weight counted in its criterion, null when it does
/// not count; contribution to the criterion = share × score, to the overall index = that × the criterion's weight share, both
/// computed at full precision and then rounded. <see cref="PreviousStatus"/>: the indicator's status in last year's latest run (null
/// without one). <see cref="Delta"/> is DOMAIN §4's Δ, which counts a final run's missing indicator as its score of 0; people read
/// <see cref="ChangeBetweenValues"/> instead, and "no value last year" where <see cref="NoValueLastYear"/>.
/// </summary>
public sealed record ScorecardIndicatorDto(
    string Code,
    string Criterion,
    string NameAr,
    string NameEn,
    string Unit,
    string Direction,
    [property: JsonConverter(typeof(CodeJsonConverter<IndicatorStatus>))] IndicatorStatus Status,
    decimal? Value,
    decimal? Lower,
    decimal? Target,
    decimal? TargetHigh,
    decimal? Upper,
    decimal? Score,
    string Light,
    decimal? Delta,
    decimal? Achievement,
    decimal? WeightShare,
    decimal? ContributionToCriterion,
    decimal? ContributionToOverall,
    IReadOnlyList<string> Flags,
    [property: JsonConverter(typeof(CodeJsonConverter<IndicatorStatus>))] IndicatorStatus? PreviousStatus)
{
    /// <summary>The change between last year's value and this year's, null unless both years have one.</summary>
    [JsonIgnore]
    public decimal? ChangeBetweenValues => Status == IndicatorStatus.Value && PreviousStatus == IndicatorStatus.Value ? Delta : null;

    /// <summary>A value this year and none last year (missing, not applicable, or no run): nothing to compare it with.</summary>
    [JsonIgnore]
    public bool NoValueLastYear => Status == IndicatorStatus.Value && PreviousStatus != IndicatorStatus.Value;
}

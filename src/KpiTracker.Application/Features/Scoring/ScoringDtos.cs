using System.Text.Json.Serialization;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>What produced the numbers: kind, edition, engine version, time, trigger and the SHA-256 of the inputs.</summary>
public sealed record RunDto(Guid Id, string Kind, string Edition, string EngineVersion, DateTimeOffset ComputedAt, string Trigger, string InputHash);

public sealed record ScorecardDto(
    int Year,
    string Governorate,
    decimal? Overall,
    string? Band,
    int? Rank,
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
    RunDto Run);

/// <summary>
/// The five components of the run's data quality index, published (one decimal), each 0–100 and higher the better:
/// <see cref="Completeness"/> items first submitted by expiry, <see cref="Timeliness"/> by the submission deadline (both as
/// GOV-02 counts them), <see cref="FirstPassAcceptance"/> 1 − returns / submissions, <see cref="EvidenceReviewed"/> accepted
/// values requiring evidence whose evidence a reviewer opened, <see cref="ItemsWithoutOpenFlags"/> items with no open outlier flag.
/// </summary>
public sealed record ScorecardQualityDto(decimal Completeness, decimal Timeliness, decimal FirstPassAcceptance, decimal EvidenceReviewed, decimal ItemsWithoutOpenFlags);

/// <summary>A criterion's row; <see cref="WeightShare"/> is its exact share (0–1) of the overall index, null when it is not published.</summary>
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
    bool Published);

/// <summary>
/// Scores, Δ and contributions rounded to one decimal as published; bounds as scored (after the governorate's override).
/// <see cref="WeightShare"/>: the indicator's exact share (0–1, unrounded) of the weight counted in its criterion, null when it does
/// not count; contribution to the criterion = share × score, to the overall index = that × the criterion's weight share, both
/// computed at full precision and then rounded.
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
    IReadOnlyList<string> Flags);

public sealed record ComparisonDto(
    int Year,
    string Kind,
    IReadOnlyList<LeagueRowDto> League,
    IReadOnlyList<CriterionRowDto> Criteria,
    IReadOnlyList<IndicatorRowDto> Indicators);

public sealed record LeagueRowDto(string Governorate, int? Rank, int? PreviousRank, int? RankChange, decimal? Overall, string? Band, decimal? Delta, decimal? Coverage, decimal? Dqi, bool InsufficientData);

/// <summary>One criterion across governorates: published score by governorate code (null when unpublished or not scored).</summary>
public sealed record CriterionRowDto(string Code, string NameAr, string NameEn, IReadOnlyDictionary<string, decimal?> Scores);

public sealed record IndicatorRowDto(string Code, string Criterion, string NameAr, string NameEn, string Unit, decimal? Median, IReadOnlyList<IndicatorCellDto> Values);

public sealed record IndicatorCellDto(string Governorate, [property: JsonConverter(typeof(CodeJsonConverter<IndicatorStatus>))] IndicatorStatus Status, decimal? Value, decimal? Score, string Light, IReadOnlyList<string> Flags);

public sealed record TrendDto(string Governorate, string? Indicator, IReadOnlyList<TrendPointDto> Points);

/// <summary>One cycle's latest run: the overall index, or the indicator's value and score when one was asked for.</summary>
public sealed record TrendPointDto(int Year, string Kind, decimal? Overall, string? Band, decimal? Value, decimal? Score, string? Status);

public sealed record WhatIfDto(
    int Year,
    string Governorate,
    string Kind,
    decimal? Overall,
    string? Band,
    decimal? Coverage,
    IReadOnlyList<WhatIfCriterionDto> Criteria,
    IReadOnlyList<WhatIfIndicatorDto> Indicators);

public sealed record WhatIfCriterionDto(string Code, decimal? Score, string? Band);

/// <summary>
/// <see cref="Headroom"/>: the points the overall index would gain in this scenario if the indicator alone reached its target
/// (scored 100), rounded to one decimal as published; null for an N/A indicator or when there is no overall index.
/// </summary>
public sealed record WhatIfIndicatorDto(string Code, string Status, decimal? Value, decimal? Score, string Light, decimal? Headroom);

/// <summary>Per indicator, the value to enter that alone lifts the published index to the next band (or why none does).</summary>
public sealed record NextBandDto(int Year, string Governorate, decimal? Overall, string? Band, string? NextBand, decimal? NextBandMinScore, IReadOnlyList<RequiredValueDto> Indicators);

/// <summary>
/// <see cref="Value"/>: a value the entry form accepts unchanged (a whole number for counts, inside the allowed range), or null
/// with a <see cref="Reason"/>: <c>not_reachable</c>, <c>already_top</c>, <c>no_overall</c> or <c>computed</c> (the platform
/// computes it, as GOV-02). <see cref="Headroom"/>: the points the overall index gains if this indicator alone reaches its target
/// (scores 100), rounded to one decimal as published; null when there is no overall index. When no single indicator reaches the
/// next band, headrooms say which together could.
/// </summary>
public sealed record RequiredValueDto(string Code, decimal? Value, decimal? Score, string? Reason, decimal? Headroom);

/// <summary>An indicator of every governorate over the cycles up to <see cref="Year"/> (oldest first); each governorate has one point per cycle.</summary>
public sealed record ComparisonTrendDto(
    int Year,
    string Indicator,
    string NameAr,
    string NameEn,
    string Unit,
    IReadOnlyList<TrendCycleDto> Cycles,
    IReadOnlyList<GovernorateTrendDto> Governorates);

/// <summary>A cycle in a trend and whether its numbers are final or provisional.</summary>
public sealed record TrendCycleDto(int Year, [property: JsonConverter(typeof(CodeJsonConverter<ScoreKind>))] ScoreKind Kind);

public sealed record GovernorateTrendDto(string Governorate, IReadOnlyList<ComparisonTrendPointDto> Points);

/// <summary>The indicator in one cycle's latest run: status, value and published score; all null when the governorate has no run for that cycle.</summary>
public sealed record ComparisonTrendPointDto(int Year, [property: JsonConverter(typeof(CodeJsonConverter<IndicatorStatus>))] IndicatorStatus? Status, decimal? Value, decimal? Score);

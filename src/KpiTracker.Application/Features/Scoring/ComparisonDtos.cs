using System.Text.Json.Serialization;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Scoring;

public sealed record ComparisonDto(
    int Year,
    string Kind,
    IReadOnlyList<LeagueRowDto> League,
    IReadOnlyList<CriterionRowDto> Criteria,
    IReadOnlyList<IndicatorRowDto> Indicators);

/// <summary>
/// A governorate's line in the league table; <see cref="ValueCount"/> of <see cref="ApplicableCount"/> indicators have an accepted
/// value (the coverage's counts). <see cref="LoopScore"/>: the run's loop score (published, one decimal; null when no action was due).
/// </summary>
public sealed record LeagueRowDto(
    string Governorate, int? Rank, int? PreviousRank, int? RankChange, decimal? Overall, string? Band, decimal? Delta, decimal? Coverage, decimal? Dqi, bool InsufficientData,
    int ValueCount = 0, int ApplicableCount = 0, decimal? LoopScore = null);

/// <summary>One criterion across governorates: published score by governorate code (null when unpublished or not scored).</summary>
public sealed record CriterionRowDto(string Code, string NameAr, string NameEn, IReadOnlyDictionary<string, decimal?> Scores);

public sealed record IndicatorRowDto(string Code, string Criterion, string NameAr, string NameEn, string Unit, decimal? Median, IReadOnlyList<IndicatorCellDto> Values);

public sealed record IndicatorCellDto(string Governorate, [property: JsonConverter(typeof(CodeJsonConverter<IndicatorStatus>))] IndicatorStatus Status, decimal? Value, decimal? Score, string Light, IReadOnlyList<string> Flags);

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

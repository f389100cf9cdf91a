using System.Text.Json.Serialization;

namespace KpiTracker.Application.Features.Frameworks;

public sealed record EditionSummaryDto(
    string Code,
    string NameAr,
    string NameEn,
    [property: JsonConverter(typeof(CodeJsonConverter<EditionStatus>))] EditionStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    int CriteriaCount,
    int IndicatorCount);

public sealed record EditionDto(
    string Code,
    string NameAr,
    string NameEn,
    [property: JsonConverter(typeof(CodeJsonConverter<EditionStatus>))] EditionStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    TrafficLightsDto TrafficLights,
    IReadOnlyList<BandDto> Bands,
    IReadOnlyList<CriterionDto> Criteria);

public sealed record TrafficLightsDto(decimal Green, decimal Amber);

public sealed record BandDto(string Code, string NameAr, string NameEn, decimal MinScore);

public sealed record CriterionDto(string Code, int Order, string NameAr, string NameEn, decimal Weight, IReadOnlyList<IndicatorDto> Indicators);

public sealed record IndicatorDto(
    string Code,
    string Criterion,
    int Order,
    string NameAr,
    string NameEn,
    string DefinitionAr,
    string DefinitionEn,
    [property: JsonConverter(typeof(CodeJsonConverter<IndicatorUnit>))] IndicatorUnit Unit,
    [property: JsonConverter(typeof(CodeJsonConverter<IndicatorDirection>))] IndicatorDirection Direction,
    [property: JsonConverter(typeof(CodeJsonConverter<SourceType>))] SourceType Source,
    decimal? Lower,
    decimal? Target,
    RangeDto? Range,
    decimal Weight,
    bool EvidenceRequired,
    decimal? AllowedMin,
    decimal? AllowedMax,
    decimal? ExpectedMin,
    decimal? ExpectedMax,
    int? MinSurveySample);

public sealed record RangeDto(decimal LowerZero, decimal TargetLow, decimal TargetHigh, decimal UpperZero);

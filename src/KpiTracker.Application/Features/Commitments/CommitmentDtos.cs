using System.Text.Json.Serialization;
using KpiTracker.Domain.Improvement;

namespace KpiTracker.Application.Features.Commitments;

/// <summary>
/// A governorate's commitment for one indicator in the cycle of <see cref="Year"/>, with its ambition flags (they inform; the
/// central team decides).
/// </summary>
public sealed record CommitmentDto(
    int Year,
    string Governorate,
    string Indicator,
    decimal Value,
    [property: JsonConverter(typeof(CodeJsonConverter<CommitmentStatus>))] CommitmentStatus Status,
    string? ReturnReason,
    string ProposedBy,
    DateTimeOffset ProposedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? LockedAt,
    bool Unambitious,
    bool OutOfReach);

/// <summary>
/// What a commitment is weighed against: the current value, the trend's projection to the next cycle, the national median and
/// best of the current cycle, the edition's target (T; for range indicators the band <see cref="TargetLow"/>–<see cref="TargetHigh"/>),
/// the value that alone lifts the index to the next band, and the best any governorate reported in the last three cycles.
/// </summary>
public sealed record AmbitionDto(
    decimal? Current,
    decimal? Projection,
    decimal? NationalMedian,
    decimal? NationalBest,
    decimal? Target,
    decimal? TargetLow,
    decimal? TargetHigh,
    decimal? NextBandValue,
    decimal? BestOfThreeCycles);

/// <summary>One indicator of the commitments table: its ambition check and the commitment so far, if any.</summary>
public sealed record CommitmentRowDto(
    string Indicator,
    string Name,
    [property: JsonConverter(typeof(CodeJsonConverter<IndicatorDirection>))] IndicatorDirection Direction,
    [property: JsonConverter(typeof(CodeJsonConverter<IndicatorUnit>))] IndicatorUnit Unit,
    decimal? AllowedMin,
    decimal? AllowedMax,
    AmbitionDto Ambition,
    CommitmentDto? Commitment);

/// <summary>
/// A governorate's commitments table: proposed from the results of cycle <see cref="Year"/> for cycle <see cref="ForYear"/>;
/// <see cref="Open"/> while that cycle has not opened (afterwards nothing changes).
/// </summary>
public sealed record CommitmentSheetDto(int Year, int ForYear, string Governorate, bool Open, IReadOnlyList<CommitmentRowDto> Rows);

/// <summary>One locked commitment and the value of the cycle's latest run: met, not met, or not measurable (no value in the run).</summary>
public sealed record CommitmentMetDto(
    string Indicator,
    string Name,
    decimal Commitment,
    decimal? Reported,
    [property: JsonConverter(typeof(CodeJsonConverter<CommitmentMet>))] CommitmentMet Met);

/// <summary>The commitments a governorate locked for cycle <see cref="Year"/>, each with whether it was met.</summary>
public sealed record CommitmentsMetDto(int Year, string Governorate, IReadOnlyList<CommitmentMetDto> Items)
{
    public int MetCount => Items.Count(i => i.Met == CommitmentMet.Yes);

    public int MeasurableCount => Items.Count(i => i.Met != CommitmentMet.NotMeasurable);
}

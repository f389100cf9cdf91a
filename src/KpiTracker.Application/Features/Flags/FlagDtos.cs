using System.Text.Json.Serialization;

namespace KpiTracker.Application.Features.Flags;

/// <summary>
/// An outlier flag. <see cref="Method"/>: <c>modified_z</c> (statistic M, center the median, threshold 3.5), <c>iqr_fence</c>
/// (statistic the distance beyond the fence, threshold the fence) or <c>history_z</c> (statistic z against the governorate's
/// earlier cycles, center their mean, threshold 3; no statistic when they were all equal).
/// </summary>
public sealed record FlagDto(
    Guid Id,
    int Year,
    string Governorate,
    string Indicator,
    int Revision,
    string Method,
    decimal Value,
    decimal? Statistic,
    decimal Center,
    decimal Threshold,
    [property: JsonConverter(typeof(CodeJsonConverter<FlagStatus>))] FlagStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ResolvedAt,
    string? ResolvedBy,
    string? Reason);

public sealed record ScanResultDto(int Year, int ValuesScanned, int FlagsAdded, int OpenFlags);

internal static class FlagMapper
{
    public static FlagDto ToDto(SubmissionFlag f) => new(
        f.Id, f.Year, f.OrgUnitCode, f.IndicatorCode, f.Revision, f.Method, f.Value, f.Statistic, f.Center, f.Threshold, f.Status, f.CreatedAt, f.ResolvedAt, f.ResolvedBy, f.Reason);
}

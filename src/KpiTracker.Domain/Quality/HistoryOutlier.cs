namespace KpiTracker.Domain.Quality;

/// <summary>
/// A value that stands out against the unit's own earlier cycles. <see cref="Z"/> is (current − mean) / sample SD, and is null when
/// every earlier value was the same (SD 0), in which case any different value is flagged.
/// </summary>
public sealed record HistoryOutlier(decimal Value, decimal Mean, decimal StandardDeviation, decimal? Z, decimal Threshold)
{
    public const string Method = "history_z";
}

namespace KpiTracker.Application.Features.Scoring;

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

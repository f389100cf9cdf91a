namespace KpiTracker.Application.Features.Scoring.GetTrend;

public sealed record TrendDto(string Governorate, string? Indicator, IReadOnlyList<TrendPointDto> Points);

/// <summary>One cycle's latest run: the overall index, or the indicator's value and score when one was asked for.</summary>
public sealed record TrendPointDto(int Year, string Kind, decimal? Overall, string? Band, decimal? Value, decimal? Score, string? Status);

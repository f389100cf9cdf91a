namespace KpiTracker.Application.Features.Scoring.WhatIf;

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

namespace KpiTracker.Application.Features.Scoring.WhatIf;

/// <summary>
/// The scorecard with the scenario's values beside today's: the overall index from → to with its change
/// (<see cref="OverallChange"/>: published to − published from, so it adds up as shown), the band now and reached (each not
/// established when its coverage is below 2/3: <see cref="InsufficientDataFrom"/>, <see cref="InsufficientData"/>), the criteria,
/// every indicator, and each <see cref="Changes">changed indicator</see> from → to. Computed by the engine, stored nowhere.
/// </summary>
public sealed record WhatIfDto(
    int Year,
    string Governorate,
    string Kind,
    decimal? Overall,
    decimal? OverallFrom,
    decimal? OverallChange,
    string? Band,
    string? BandFrom,
    bool InsufficientData,
    bool InsufficientDataFrom,
    decimal? Coverage,
    IReadOnlyList<WhatIfCriterionDto> Criteria,
    IReadOnlyList<WhatIfIndicatorDto> Indicators,
    IReadOnlyList<WhatIfChangeDto> Changes);

/// <summary>A criterion's score now (<see cref="ScoreFrom"/>) and in the scenario, and its band in the scenario.</summary>
public sealed record WhatIfCriterionDto(string Code, decimal? ScoreFrom, decimal? Score, string? Band);

/// <summary>
/// <see cref="Headroom"/>: the points the overall index would gain in this scenario if the indicator alone reached its target
/// (scored 100), rounded to one decimal as published; null for an N/A indicator or when there is no overall index.
/// </summary>
public sealed record WhatIfIndicatorDto(string Code, string Status, decimal? Value, decimal? Score, string Light, decimal? Headroom);

/// <summary>
/// An indicator whose value the scenario changes: value and score (one decimal) from → to, and the score's change (the
/// difference of the two published scores; null when it has no score today, as a missing indicator in a provisional score).
/// </summary>
public sealed record WhatIfChangeDto(string Code, decimal? ValueFrom, decimal ValueTo, decimal? ScoreFrom, decimal? ScoreTo, decimal? ScoreChange);

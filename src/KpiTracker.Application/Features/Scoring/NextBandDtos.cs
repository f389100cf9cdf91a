namespace KpiTracker.Application.Features.Scoring;

/// <summary>
/// The way to the next band: the published index and band (<see cref="InsufficientData"/>: coverage below 2/3, so the band is
/// not established, docs/RESULTS.md), the next band, its minimum and the <see cref="Gap"/> to it (points, one decimal as
/// published; null in the top band or without an index), the suggested <see cref="Plan"/>, and per indicator the value that
/// alone would reach the next band and its headroom.
/// </summary>
public sealed record NextBandDto(
    int Year,
    string Governorate,
    decimal? Overall,
    string? Band,
    bool InsufficientData,
    string? NextBand,
    decimal? NextBandMinScore,
    decimal? Gap,
    NextBandPlanDto Plan,
    IReadOnlyList<RequiredValueDto> Indicators);

/// <summary>
/// The suggested plan: the fewest indicators, then the least total change (the score points added, summed over the plan),
/// whose values together lift the published index to the next band; every planned indicator at its target except one,
/// lowered to the least demanding value that still reaches. Each value is one the entry form accepts unchanged (a whole
/// number for counts, inside the allowed range), never for a computed indicator (GOV-02) or an N/A one. <see cref="Overall"/>
/// and <see cref="Band"/>: what the engine gives with the plan (<see cref="InsufficientData"/>: its coverage is still below
/// 2/3, so that band would not be established). No steps when there is no plan, and a <see cref="Reason"/>:
/// <c>already_top</c>, <c>targets_met</c> (every indicator that can be entered already scores its best), <c>no_overall</c>
/// or <c>not_reachable</c> (even every enterable indicator at its target falls short).
/// </summary>
public sealed record NextBandPlanDto(IReadOnlyList<PlanStepDto> Steps, decimal? Overall, string? Band, bool InsufficientData, decimal? TotalChange, string? Reason);

/// <summary>One value to enter: the indicator's current value and score (null when it has none or does not count) and the value to enter and the score it gives (scores to one decimal).</summary>
public sealed record PlanStepDto(string Code, decimal? CurrentValue, decimal ValueToEnter, decimal? ScoreFrom, decimal ScoreTo);

/// <summary>
/// <see cref="Value"/>: a value the entry form accepts unchanged (a whole number for counts, inside the allowed range) that
/// alone lifts the index to the next band, or null with a <see cref="Reason"/>: <c>not_reachable</c>, <c>already_top</c>,
/// <c>no_overall</c> or <c>computed</c> (the platform computes it, as GOV-02). <see cref="Headroom"/>: the points the overall
/// index gains if this indicator alone reaches its target (scores 100), rounded to one decimal as published; null when there
/// is no overall index.
/// </summary>
public sealed record RequiredValueDto(string Code, decimal? Value, decimal? Score, string? Reason, decimal? Headroom);

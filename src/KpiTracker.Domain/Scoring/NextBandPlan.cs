namespace KpiTracker.Domain.Scoring;

/// <summary>What each indicator, alone and all else equal, would need for the published overall index to reach the next band.</summary>
public sealed record NextBandPlan(
    decimal? PublishedOverall,
    string? CurrentBand,
    string? NextBand,
    decimal? NextBandMinScore,
    IReadOnlyList<RequiredValue> Indicators);

/// <summary>
/// One indicator's answer: the value to enter (and the score it gives), or no value and a <see cref="Reason"/>
/// (<see cref="AlreadyTop"/>, <see cref="NotReachable"/>, <see cref="NoOverall"/> or <see cref="Computed"/>); and its
/// <see cref="Headroom"/>: the points (full precision) the overall index gains if this indicator alone reaches its target,
/// null when there is no overall index.
/// </summary>
public sealed record RequiredValue(string Code, decimal? Value, decimal? Score, string? Reason, decimal? Headroom)
{
    public const string AlreadyTop = "already_top";
    public const string NotReachable = "not_reachable";

    /// <summary>No criterion is published, so there is no overall index to lift.</summary>
    public const string NoOverall = "no_overall";

    /// <summary>The platform computes the indicator (GOV-02): there is nothing to enter.</summary>
    public const string Computed = "computed";
}

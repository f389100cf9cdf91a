namespace KpiTracker.Domain.Scoring;

/// <summary>
/// The suggested plan for the next band: the fewest indicators, then the least total change, whose values together lift the
/// published overall index to <see cref="NextBand"/> (checked on the engine: <see cref="ReachedOverall"/> and
/// <see cref="ReachedBand"/> are what it gives, <see cref="ReachedInsufficientData"/> its coverage flag). No steps, and a
/// <see cref="Reason"/>, when there is no plan.
/// </summary>
public sealed record SuggestedPlan(string? NextBand, IReadOnlyList<PlanStep> Steps, decimal? ReachedOverall, string? ReachedBand, bool ReachedInsufficientData, string? Reason)
{
    /// <summary>The overall index is already in the top band.</summary>
    public const string AlreadyTop = "already_top";

    /// <summary>Every indicator that can be entered already scores its best: nothing is left to raise.</summary>
    public const string TargetsMet = "targets_met";

    /// <summary>No criterion is published, so there is no overall index to lift.</summary>
    public const string NoOverall = "no_overall";

    /// <summary>Even with every indicator that can be entered at its target, the index stays below the next band.</summary>
    public const string NotReachable = "not_reachable";

    /// <summary>The total change: the score points the plan adds, summed over its steps (a score not counted today counts as 0).</summary>
    public decimal TotalChange => Steps.Sum(s => s.ScoreTo - (s.ScoreFrom ?? 0m));

    internal static SuggestedPlan None(string? nextBand, string reason) => new(nextBand, [], null, null, false, reason);
}

/// <summary>One value to enter: the indicator's value and score today (null when it has none or it does not count) and with the plan.</summary>
public sealed record PlanStep(string Code, decimal? ValueFrom, decimal ValueTo, decimal? ScoreFrom, decimal ScoreTo);
